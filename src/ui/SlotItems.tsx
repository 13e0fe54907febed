import { excludesFromPacks } from '../packs/excludes';
import { packFileUrl } from '../packs/loadPack';
import type { Slot } from '../packs/schema';
import { readyPacks, useAvatarStore } from '../state';
import { useLocalized, useT } from './i18n';
import { ItemTile } from './ItemTile';
import { PreviewButton } from './PreviewButton';
import { VariantPicker } from './VariantPicker';

/** The item grid of one slot: every loaded pack's items for it, "None" where it may be empty, the worn one marked. */
/** What item tiles ask of the app: start a download, draw a missing thumbnail. */
export interface ItemActions {
  /** Starts downloading an item the user is likely to choose next. */
  preloadItem: (ref: string) => void;
  thumbnailFor: (ref: string) => Promise<string | null>;
}

export function SlotItems({ slot, titled, actions }: { slot: Slot; titled: boolean; actions: ItemActions }) {
  const packs = readyPacks(useAvatarStore((s) => s.packs));
  const items = useAvatarStore((s) => s.avatar.items);
  const itemStates = useAvatarStore((s) => s.itemStates);
  const wear = useAvatarStore((s) => s.wear);
  const setNotice = useAvatarStore((s) => s.setNotice);
  const t = useT();
  const local = useLocalized();
  const choices = [...packs.values()].flatMap((pack) =>
    pack.manifest.assets.filter((asset) => asset.slot === slot.id).map((asset) => ({ ref: `${pack.manifest.id}/${asset.id}`, asset, pack })),
  );
  const slotName = (id: string) => {
    const named = [...packs.values()].flatMap((pack) => pack.manifest.slots).find((candidate) => candidate.id === id);
    return named ? local(named.name) : id;
  };
  // The slot rules may take other items off (an outfit replaces top and bottom): say so, with an undo at hand.
  const choose = (ref: string | null, label: string) => {
    const removed = wear(slot.id, ref, excludesFromPacks(packs));
    if (removed.length > 0) setNotice({ tone: 'info', text: 'wardrobe.tookOff', values: { item: label, removed: removed.map(slotName).join(', ') }, action: 'undo' });
  };
  const wornAsset = choices.find(({ ref }) => ref === items[slot.id])?.asset;
  return (
    <div className="wardrobe">
      {titled ? <h3 className="wardrobe__title">{local(slot.name)}</h3> : null}
      {wornAsset ? <PreviewButton itemRef={items[slot.id]!} itemName={local(wornAsset.name)} slot={slot.id} /> : null}
      {wornAsset ? <VariantPicker slot={slot.id} asset={wornAsset} /> : null}
      <div className="tile-grid" role="group" aria-label={local(slot.name)}>
        {slot.optional ? <ItemTile id={`${slot.id}.none`} label={t('wardrobe.none')} worn={!items[slot.id]} onChoose={() => choose(null, t('wardrobe.none'))} /> : null}
        {choices.map(({ ref, asset, pack }) => (
          <ItemTile
            key={ref}
            id={ref.replace('/', '.')}
            label={local(asset.name)}
            thumbnail={packFileUrl(pack, asset.thumbnail)}
            drawThumbnail={() => actions.thumbnailFor(ref)}
            worn={items[slot.id] === ref}
            state={itemStates[ref]}
            onChoose={() => choose(ref, local(asset.name))}
            onPreview={() => actions.preloadItem(ref)}
          />
        ))}
      </div>
    </div>
  );
}
