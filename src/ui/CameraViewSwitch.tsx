import { useAvatarStore, type CameraView } from '../state';

const VIEWS: { id: CameraView; label: string }[] = [
  { id: 'body', label: 'Full body' },
  { id: 'upper', label: 'Upper body' },
  { id: 'face', label: 'Face' },
];

/** Chooses the camera framing. */
export function CameraViewSwitch() {
  const view = useAvatarStore((s) => s.cameraView);
  const setView = useAvatarStore((s) => s.setCameraView);
  return (
    <div className="segmented" role="group" aria-label="Camera">
      {VIEWS.map(({ id, label }) => (
        <button
          key={id}
          type="button"
          aria-pressed={view === id}
          data-testid={`camera.view.${id}`}
          onClick={() => setView(id)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
