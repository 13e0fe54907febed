import { useEffect, useState } from 'react';
import type { ItemLoadState } from '../state';
import { useT } from './i18n';

interface ItemTileProps {
  /** Test id suffix and React key: the item reference, or "none". */
  id: string;
  label: string;
  /** Thumbnail URL: null when the pack has none, absent for "none". */
  thumbnail?: string | null;
  /** Draws a thumbnail when there is none or it does not load. */
  drawThumbnail?: () => Promise<string | null>;
  worn: boolean;
  state?: ItemLoadState;
  onChoose: () => void;
  /** The pointer rests on the tile or it has the focus: a click may follow. */
  onPreview?: () => void;
}

/** One choice in an item grid: thumbnail, name, worn mark, loading or broken state. */
export function ItemTile({ id, label, thumbnail, drawThumbnail, worn, state, onChoose, onPreview }: ItemTileProps) {
  const broken = state?.state === 'broken' ? state.reason : null;
  const [drawn, setDrawn] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const needsDrawing = drawThumbnail !== undefined && (thumbnail === null || failed);
  useEffect(() => {
    if (!needsDrawing) return;
    let current = true;
    void drawThumbnail().then((url) => current && setDrawn(url));
    return () => void (current = false);
  }, [needsDrawing, drawThumbnail]);
  const picture = needsDrawing ? drawn : thumbnail;
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
      {picture ? <img src={picture} alt="" width={64} height={64} loading="lazy" onError={() => setFailed(true)} /> : <span className="tile__none" aria-hidden="true">{thumbnail === undefined ? '∅' : ''}</span>}
      <span className="tile__label">{label}</span>
      {broken ? <span className="tile__badge" role="status">{t('wardrobe.unavailable')}</span> : null}
    </button>
  );
}
