import { useRef } from 'react';
import { avatarStore, beginGesture, useAvatarStore } from '../state';

interface ColourFieldProps {
  /** Colour key in the avatar document (a slot id: skin, hair, eyebrows…). */
  colourKey: string;
  label: string;
  /** Shown until the avatar has a colour for this key. */
  fallback: string;
}

/** A free colour for skin, hair or a colourable item. Dragging in the picker is one undo step. */
export function ColourField({ colourKey, label, fallback }: ColourFieldProps) {
  const value = useAvatarStore((s) => s.avatar.colours[colourKey] ?? fallback);
  const setColour = useAvatarStore((s) => s.setColour);
  const endGesture = useRef<(() => void) | null>(null);
  const finish = () => {
    endGesture.current?.();
    endGesture.current = null;
  };
  return (
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
      <span>{label}</span>
    </label>
  );
}
