import { useRef } from 'react';
import { clampToControl, type BodyControl } from '../core/bodyControls';
import { avatarStore, beginGesture, useAvatarStore } from '../state';
import { useLocalized, useT } from './i18n';

interface BodySliderProps {
  control: BodyControl;
}

/** One body or face control. A drag is one undo step. */
export function BodySlider({ control }: BodySliderProps) {
  const value = useAvatarStore((s) => s.avatar.body[control.id] ?? control.default);
  const setBodyValue = useAvatarStore((s) => s.setBodyValue);
  const local = useLocalized();
  const t = useT();
  const resetBodyValues = useAvatarStore((s) => s.resetBodyValues);
  const changed = Math.abs(value - control.default) > 1e-6;
  const endGesture = useRef<(() => void) | null>(null);
  const finish = () => {
    endGesture.current?.();
    endGesture.current = null;
  };
  const id = `body-${control.id}`;
  return (
    <div className="slider">
      <div className="slider__label">
        <label htmlFor={id}>{local(control.name)}</label>
        {changed ? (
          <button type="button" className="link-button" aria-label={t('controls.resetControl', { name: local(control.name) })} onClick={() => resetBodyValues([control.id])}>
            ↺
          </button>
        ) : null}
      </div>
      <input
        id={id}
        type="range"
        data-testid={`body.${control.id}`}
        min={control.min}
        max={control.max}
        step={0.01}
        value={value}
        aria-valuetext={`${Math.round(((value - control.min) / (control.max - control.min)) * 100)}%`}
        onPointerDown={() => (endGesture.current ??= beginGesture(avatarStore))}
        onPointerUp={finish}
        onBlur={finish}
        onChange={(event) => setBodyValue(control.id, clampToControl(control, Number(event.target.value)))}
      />
    </div>
  );
}
