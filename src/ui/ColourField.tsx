import { useId, useRef } from 'react';
import { avatarStore, beginGesture, useAvatarStore } from '../state';
import { useT, type TextKey } from './i18n';
import { PALETTES } from './palettes';

interface ColourFieldProps {
  /** Colour key in the avatar document (a slot id: skin, hair, eyebrows…). */
  colourKey: string;
  label: string;
  /** Shown until the avatar has a colour for this key. */
  fallback: string;
}

/** Curated swatches and a free colour for skin, hair or a colourable item. Dragging in the picker is one undo step. */
export function ColourField({ colourKey, label, fallback }: ColourFieldProps) {
  const value = useAvatarStore((s) => s.avatar.colours[colourKey] ?? fallback);
  const setColour = useAvatarStore((s) => s.setColour);
  const endGesture = useRef<(() => void) | null>(null);
  const finish = () => {
    endGesture.current?.();
    endGesture.current = null;
  };
  const t = useT();
  const palette = PALETTES[colourKey] ?? [];
  const titleId = useId();
  return (
    <div className="colour-row" role="group" aria-labelledby={titleId}>
      <span id={titleId} className="colour-row__title">
        {label}
      </span>
      {palette.length > 0 ? (
        <div className="swatches">
          {palette.map((swatch) => (
            <button
              key={swatch.hex}
              type="button"
              className="swatch"
              aria-pressed={value.toLowerCase() === swatch.hex}
              aria-label={t(`swatch.${swatch.name}` as TextKey)}
              title={t(`swatch.${swatch.name}` as TextKey)}
              style={{ background: swatch.hex }}
              onClick={() => setColour(colourKey, swatch.hex)}
            />
          ))}
        </div>
      ) : null}
      <label className="colour-field">
        <input
          type="color"
          value={value}
          data-testid={`colour.${colourKey}`}
          onInput={(event) => {
            endGesture.current ??= beginGesture(avatarStore);
            setColour(colourKey, event.currentTarget.value);
          }}
          onChange={(event) => {
            setColour(colourKey, event.currentTarget.value);
            finish();
          }}
          onBlur={finish}
        />
        <span>{t('swatch.custom')}</span>
      </label>
    </div>
  );
}
