import { useAvatarStore } from '../state';
import { useT } from './i18n';

interface PreviewButtonProps {
  /** The worn item to preview, `pack/asset`. */
  itemRef: string;
  /** The item's name, for the button's tooltip. */
  itemName: string;
  /** The slot it is worn in (test id suffix). */
  slot: string;
}

/** Opens the preview grid on the item worn in a slot. */
export function PreviewButton({ itemRef, itemName, slot }: PreviewButtonProps) {
  const t = useT();
  const setPreviewItem = useAvatarStore((s) => s.setPreviewItem);
  return (
    <button type="button" className="preview-button" data-testid={`wardrobe.preview.${slot}`} title={t('previewGrid.openTitle', { item: itemName })} onClick={() => setPreviewItem(itemRef)}>
      {t('previewGrid.open')}
    </button>
  );
}
