import type { ItemLoadState } from '../state';
import { useT } from './i18n';

interface ItemTileProps {
  /** Test id suffix and React key: the item reference, or "none". */
  id: string;
  label: string;
  /** Thumbnail URL (absent for "none"). */
  thumbnail?: string;
  worn: boolean;
  state?: ItemLoadState;
  onChoose: () => void;
  /** The pointer rests on the tile or it has the focus: a click may follow. */
  onPreview?: () => void;
}

/** One choice in an item grid: thumbnail, name, worn mark, loading or broken state. */
export function ItemTile({ id, label, thumbnail, worn, state, onChoose, onPreview }: ItemTileProps) {
  const broken = state?.state === 'broken' ? state.reason : null;
  const t = useT();
  return (
    <button
      type="button"
      className="tile"
      aria-pressed={worn}
      aria-busy={state?.state === 'loading'}
      title={broken ? t('wardrobe.brokenTitle', { item: label, reason: broken }) : label}
      data-testid={`wardrobe.item.${id}`}
      data-state={state?.state ?? 'idle'}
      onClick={onChoose}
      onPointerEnter={onPreview}
      onFocus={onPreview}
    >
      {thumbnail ? <img src={thumbnail} alt="" width={64} height={64} loading="lazy" /> : <span className="tile__none" aria-hidden="true">∅</span>}
      <span className="tile__label">{label}</span>
      {broken ? <span className="tile__badge" role="status">{t('wardrobe.unavailable')}</span> : null}
    </button>
  );
}
