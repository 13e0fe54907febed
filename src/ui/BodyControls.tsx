import { useAvatarStore } from '../state';
import { BodySlider } from './BodySlider';
import { useT } from './i18n';

/** The main body controls (gender, age, muscle, weight, height, proportions). */
export function BodyControls() {
  const controls = useAvatarStore((s) => s.bodyControls);
  const t = useT();
  const macros = controls.filter((c) => c.group === 'macro' && c.part !== 'ancestry' && c.part !== 'chest');
  if (macros.length === 0) return <p className="panel__note">{t('body.loading')}</p>;
  return (
    <div className="slider-list">
      {macros.map((control) => (
        <BodySlider key={control.id} control={control} />
      ))}
    </div>
  );
}
