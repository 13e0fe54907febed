import { ColourField } from './ColourField';

/** Free colours for skin, hair and eyebrows. */
export function ColourControls() {
  return (
    <div className="colour-list">
      <ColourField colourKey="skin" label="Skin" fallback="#e0b8a0" />
      <ColourField colourKey="hair" label="Hair" fallback="#4a2c1a" />
      <ColourField colourKey="eyebrows" label="Eyebrows" fallback="#3a2418" />
    </div>
  );
}
