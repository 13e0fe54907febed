import type { BodyControl } from '../core/bodyControls';
import { useAvatarStore } from '../state';
import { BodySlider } from './BodySlider';
import { useT, type TextKey } from './i18n';

/** Macro controls the body tab leaves out: ancestry is chosen through the skin, and is renormalised as a whole. */
const NOT_SLIDERS = new Set(['ancestry']);

/** Sliders for one kind of control (body or face), grouped by body part, each group with its own reset. */
export function ControlGroups({ groups }: { groups: readonly BodyControl['group'][] }) {
  const controls = useAvatarStore((s) => s.bodyControls);
  const resetBodyValues = useAvatarStore((s) => s.resetBodyValues);
  const t = useT();
  const shown = controls.filter((control) => groups.includes(control.group) && !NOT_SLIDERS.has(control.part));
  if (shown.length === 0) return <p className="panel__note">{t('body.loading')}</p>;
  const parts = [...new Set(shown.map((control) => (control.group === 'macro' && control.part !== 'chest' ? 'general' : control.part)))];
  return (
    <div className="control-groups">
      {parts.map((part) => {
        const members = shown.filter((control) => (control.group === 'macro' && control.part !== 'chest' ? 'general' : control.part) === part);
        const title = t(`part.${part}` as TextKey, { defaultValue: part.charAt(0).toUpperCase() + part.slice(1) });
        return (
          <section key={part} className="control-group" aria-label={title}>
            <header className="control-group__header">
              <h3>{title}</h3>
              <button type="button" className="link-button" aria-label={t('controls.resetGroupLabel', { group: title })} onClick={() => resetBodyValues(members.map((c) => c.id))}>
                {t('controls.resetGroup')}
              </button>
            </header>
            <div className="slider-list">
              {members.map((control) => (
                <BodySlider key={control.id} control={control} />
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
