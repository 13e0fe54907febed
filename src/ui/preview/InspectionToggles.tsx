import type { Inspection } from '../../core/itemInspection';
import { useT, type TextKey } from '../i18n';

interface InspectionTogglesProps {
  /** The helpers shown now. */
  value: Inspection;
  /** Asks for other helpers: the change applies to the helpers shown when it runs. */
  onChange: (change: (current: Inspection) => Inspection) => void;
}

const WIREFRAME: [Inspection['wireframe'], TextKey][] = [
  ['off', 'previewGrid.wireframeOff'],
  ['item', 'previewGrid.wireframeItem'],
  ['all', 'previewGrid.wireframeAll'],
];

/** Wireframe (off, item, all), skeleton and bounding box switches. */
export function InspectionToggles({ value, onChange }: InspectionTogglesProps) {
  const t = useT();
  return (
    <div className="preview-grid__toggles" role="group" aria-label={t('previewGrid.inspect')}>
      <div className="segmented" role="group" aria-label={t('previewGrid.wireframe')}>
        <span className="preview-grid__toggle-label" aria-hidden="true">{t('previewGrid.wireframe')}</span>
        {WIREFRAME.map(([mode, key]) => (
          <button key={mode} type="button" aria-pressed={value.wireframe === mode} data-testid={`previewGrid.wireframe.${mode}`} onClick={() => onChange((current) => ({ ...current, wireframe: mode }))}>
            {t(key)}
          </button>
        ))}
      </div>
      <button type="button" aria-pressed={value.skeleton} data-testid="previewGrid.skeleton" onClick={() => onChange((current) => ({ ...current, skeleton: !current.skeleton }))}>
        {t('previewGrid.skeleton')}
      </button>
      <button type="button" aria-pressed={value.bounds} data-testid="previewGrid.bounds" onClick={() => onChange((current) => ({ ...current, bounds: !current.bounds }))}>
        {t('previewGrid.bounds')}
      </button>
    </div>
  );
}
