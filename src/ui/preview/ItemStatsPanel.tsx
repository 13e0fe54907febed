import type { ItemStats, TextureStats } from '../../core/itemInspection';
import { useLanguage, useT, type Translate } from '../i18n';

interface ItemStatsPanelProps {
  /** The item's own statistics (null until its file is read). */
  stats: ItemStats | null;
  /** Counters of the grid's last frame, all six cells. */
  frame: { drawCalls: number; triangles: number; lines: number };
  /** How many bodies wear the item, of how many. */
  wearing: { count: number; total: number };
}

/** Beside the grid: what the item costs on each body (from its file), and what the whole grid drew. */
export function ItemStatsPanel({ stats, frame, wearing }: ItemStatsPanelProps) {
  const t = useT();
  const number = new Intl.NumberFormat(useLanguage()).format;
  const pending = t('previewGrid.stats.pending');
  const row = (label: string, value: string, id: string) => (
    <div className="preview-stats__row" key={id}>
      <dt>{label}</dt>
      <dd data-testid={`previewGrid.stats.${id}`}>{value}</dd>
    </div>
  );
  return (
    <aside className="preview-stats" aria-label={t('previewGrid.stats.title')} data-testid="previewGrid.stats">
      <h3>{t('previewGrid.stats.item')}</h3>
      <dl>
        {row(t('previewGrid.stats.triangles'), stats ? number(stats.triangles) : pending, 'triangles')}
        {row(t('previewGrid.stats.vertices'), stats ? number(stats.vertices) : pending, 'vertices')}
        {row(t('previewGrid.stats.materials'), stats ? number(stats.materials) : pending, 'materials')}
        {row(t('previewGrid.stats.drawCalls'), stats ? number(stats.drawCallsPerBody) : pending, 'drawCallsPerBody')}
        {row(t('previewGrid.stats.fileSize'), stats ? sizeText(stats.fileBytes) : pending, 'fileSize')}
      </dl>
      <h4>{t('previewGrid.stats.textures')}</h4>
      <ul className="preview-stats__textures" data-testid="previewGrid.stats.textures">
        {stats?.textures.length === 0 ? <li>{t('previewGrid.stats.noTextures')}</li> : null}
        {stats?.textures.map((texture, i) => <li key={i}>{textureText(t, texture)}</li>)}
      </ul>
      <h3>{t('previewGrid.stats.grid')}</h3>
      <dl>
        {row(t('previewGrid.stats.wearing'), t('previewGrid.stats.wearingCount', { count: wearing.count, total: wearing.total }), 'wearing')}
        {row(t('previewGrid.stats.drawCalls'), number(frame.drawCalls), 'drawCalls')}
        {row(t('previewGrid.stats.triangles'), number(frame.triangles), 'frameTriangles')}
        {frame.lines > 0 ? row(t('previewGrid.stats.lines'), number(frame.lines), 'frameLines') : null}
      </dl>
    </aside>
  );
}

function textureText(t: Translate, texture: TextureStats): string {
  const format = texture.mimeType.replace('image/', '').toUpperCase();
  return t('previewGrid.stats.texture', { role: t(`previewGrid.stats.roles.${texture.role}`), width: texture.width, height: texture.height, format, size: sizeText(texture.bytes) });
}

function sizeText(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}
