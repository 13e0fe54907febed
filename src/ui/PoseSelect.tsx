import { useAvatarStore } from '../state';
import { useLocalized, useT } from './i18n';

/** Chooses the avatar's pose. */
export function PoseSelect() {
  const poses = useAvatarStore((s) => s.poseNames);
  const pose = useAvatarStore((s) => s.avatar.pose);
  const setPose = useAvatarStore((s) => s.setPose);
  const t = useT();
  const local = useLocalized();
  return (
    <select aria-label={t('pose.label')} data-testid="pose.select" value={pose} onChange={(event) => setPose(event.target.value)} disabled={poses.length === 0}>
      {poses.map(({ id, name }) => (
        <option key={id} value={id}>
          {local(name)}
        </option>
      ))}
    </select>
  );
}
