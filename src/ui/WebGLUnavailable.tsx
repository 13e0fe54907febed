import { useT } from './i18n';

/** Shown instead of the stage when the browser cannot draw 3D. */
export function WebGLUnavailable() {
  const t = useT();
  return (
    <div role="alert" className="failure" data-testid="stage.no-webgl">
      <p className="failure__title">{t('failure.noWebglTitle')}</p>
      <p className="failure__detail">{t('failure.noWebglDetail')}</p>
    </div>
  );
}
