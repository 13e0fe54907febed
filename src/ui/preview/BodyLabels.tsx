import { PREVIEW_BODIES } from '../../core/previewBodies';
import { useT } from '../i18n';

interface BodyLabelsProps {
  /** The canvas's cells (the scene picks them to fit its size). */
  layout: { columns: number; rows: number };
}

/**
 * The bodies' names over the grid's canvas, one in the top corner of each cell, in the cells' order. The list lies on
 * the canvas with the same columns, rows and gap (4 px, the scene's CELL_GAP), and lets the pointer through to the
 * orbit camera.
 */
export function BodyLabels({ layout }: BodyLabelsProps) {
  const t = useT();
  if (layout.columns === 0) return null;
  const style = { gridTemplateColumns: `repeat(${layout.columns}, 1fr)`, gridTemplateRows: `repeat(${layout.rows}, 1fr)` };
  return (
    <ol className="preview-grid__labels" style={style} aria-label={t('previewGrid.bodiesLabel')}>
      {PREVIEW_BODIES.map((body) => (
        <li key={body.id} data-testid={`previewGrid.body.${body.id}`}>
          <span>{t(`previewGrid.bodies.${body.id}`)}</span>
        </li>
      ))}
    </ol>
  );
}
