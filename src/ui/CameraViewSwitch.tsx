import { useAvatarStore, type CameraView } from '../state';
import { useT } from './i18n';

const VIEWS: CameraView[] = ['body', 'upper', 'face'];

/** Chooses the camera framing. */
export function CameraViewSwitch() {
  const view = useAvatarStore((s) => s.cameraView);
  const setView = useAvatarStore((s) => s.setCameraView);
  const t = useT();
  return (
    <div className="segmented" role="group" aria-label={t('camera.group')}>
      {VIEWS.map((id) => (
        <button
          key={id}
          type="button"
          aria-pressed={view === id}
          data-testid={`camera.view.${id}`}
          onClick={() => setView(id)}
        >
          {t(`camera.${id}`)}
        </button>
      ))}
    </div>
  );
}
