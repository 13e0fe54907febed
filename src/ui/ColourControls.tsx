import { ColourField } from './ColourField';
import { useT } from './i18n';

/** Free colours for skin, hair and eyebrows. */
export function ColourControls() {
  const t = useT();
  return (
    <div className="colour-list">
      <ColourField colourKey="skin" label={t('colours.skin')} fallback="#e0b8a0" />
      <ColourField colourKey="hair" label={t('colours.hair')} fallback="#4a2c1a" />
      <ColourField colourKey="eyebrows" label={t('colours.eyebrows')} fallback="#3a2418" />
    </div>
  );
}
