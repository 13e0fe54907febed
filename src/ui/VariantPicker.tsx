import type { Asset } from '../packs/schema';
import { useAvatarStore } from '../state';
import { useLocalized, useT } from './i18n';

interface VariantPickerProps {
  slot: string;
  asset: Asset;
}

/** Swatches for the worn item's variants (eye colours, hat colours); the first swatch is the item's own look. */
export function VariantPicker({ slot, asset }: VariantPickerProps) {
  const chosen = useAvatarStore((s) => s.avatar.variants?.[slot]);
  const setVariant = useAvatarStore((s) => s.setVariant);
  const t = useT();
  const local = useLocalized();
  if (asset.variants.length === 0) return null;
  return (
    <div className="swatches" role="group" aria-label={t('wardrobe.variants', { item: local(asset.name) })}>
      {asset.variants.map((variant) => (
        <button
          key={variant.id}
          type="button"
          className="swatch"
          aria-pressed={chosen === variant.id}
          aria-label={local(variant.name)}
          title={local(variant.name)}
          data-testid={`wardrobe.variant.${variant.id}`}
          style={{ background: variant.swatch ?? '#888' }}
          onClick={() => setVariant(slot, variant.id)}
        />
      ))}
    </div>
  );
}
