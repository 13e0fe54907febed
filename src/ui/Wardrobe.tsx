import { useState } from 'react';
import { excludesFromPacks } from '../packs/excludes';
import { readyPacks, useAvatarStore } from '../state';
import { useLocalized, useT } from './i18n';
import { ItemTile } from './ItemTile';
import { VariantPicker } from './VariantPicker';

/** Slots offered in the wardrobe, from the loaded packs (a new pack's slot appears without code changes). */
function useWardrobeSlots() {
  const packs = readyPacks(useAvatarStore((s) => s.packs));
  const slots = [...packs.values()].flatMap((pack) => pack.manifest.slots.map((slot) => ({ slot, pack })));
  return { packs, slots: slots.filter(({ slot }) => slot.id !== 'skin' && slot.id !== 'teeth' && slot.id !== 'tongue') };
}

/** Choose a slot, then an item for it. */
export function Wardrobe() {
  const { packs, slots } = useWardrobeSlots();
  const [slotId, setSlotId] = useState('hair');
  const items = useAvatarStore((s) => s.avatar.items);
  const itemStates = useAvatarStore((s) => s.itemStates);
  const wear = useAvatarStore((s) => s.wear);
  const t = useT();
  const local = useLocalized();
  if (slots.length === 0) return <p className="panel__note">{t('wardrobe.loading')}</p>;
  const slot = slots.find(({ slot: candidate }) => candidate.id === slotId)?.slot ?? slots[0]!.slot;
  const choices = [...packs.values()].flatMap((pack) =>
    pack.manifest.assets.filter((asset) => asset.slot === slot.id).map((asset) => ({ ref: `${pack.manifest.id}/${asset.id}`, asset, pack })),
  );
  const choose = (ref: string | null) => wear(slot.id, ref, excludesFromPacks(packs));
  const wornAsset = choices.find(({ ref }) => ref === items[slot.id])?.asset;
  return (
    <div className="wardrobe">
      <select aria-label={t('wardrobe.slot')} data-testid="wardrobe.slot" value={slot.id} onChange={(event) => setSlotId(event.target.value)}>
        {slots.map(({ slot: option }) => (
          <option key={option.id} value={option.id}>
            {local(option.name)}
          </option>
        ))}
      </select>
      {wornAsset ? <VariantPicker slot={slot.id} asset={wornAsset} /> : null}
      <div className="tile-grid" role="group" aria-label={local(slot.name)}>
        {slot.optional ? <ItemTile id="none" label={t('wardrobe.none')} worn={!items[slot.id]} onChoose={() => choose(null)} /> : null}
        {choices.map(({ ref, asset, pack }) => (
          <ItemTile
            key={ref}
            id={ref.replace('/', '.')}
            label={local(asset.name)}
            thumbnail={pack.baseUrl + asset.thumbnail}
            worn={items[slot.id] === ref}
            state={itemStates[ref]}
            onChoose={() => choose(ref)}
          />
        ))}
      </div>
    </div>
  );
}
