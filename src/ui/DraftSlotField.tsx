import type { DesignerPack } from '../state';
import { readyPacks, useAvatarStore } from '../state';
import { useLocalized, useT } from './i18n';

interface DraftSlotFieldProps {
  /** The drafted pack's id. */
  id: string;
  pack: DesignerPack & Required<Pick<DesignerPack, 'draft'>>;
  onChoose: (slot: string) => void;
}

/** Which slot a lone GLB goes in: asked when its file name did not say, changeable always. */
export function DraftSlotField({ id, pack, onChoose }: DraftSlotFieldProps) {
  const t = useT();
  const local = useLocalized();
  const packs = readyPacks(useAvatarStore((s) => s.packs));
  const slots = [...packs.values()].filter((loaded) => loaded.manifest.id !== id).flatMap((loaded) => loaded.manifest.slots);
  const unique = slots.filter((slot, index) => slots.findIndex((other) => other.id === slot.id) === index);
  const asked = pack.draft.slotFrom === 'default';
  return (
    <div className={`draft-slot${asked ? ' draft-slot--asked' : ''}`}>
      {asked ? <p className="draft-slot__question">{t('packs.askSlot', { source: pack.source })}</p> : null}
      <label>
        {t('packs.slot')}
        <select data-testid={`packs.slot.${id}`} value={pack.draft.slot} onChange={(event) => onChoose(event.target.value)}>
          {unique.map((slot) => (
            <option key={slot.id} value={slot.id}>
              {local(slot.name)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
