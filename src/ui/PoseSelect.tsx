import { useAvatarStore } from '../state';

/** Chooses the avatar's pose. */
export function PoseSelect() {
  const poses = useAvatarStore((s) => s.poseNames);
  const pose = useAvatarStore((s) => s.avatar.pose);
  const setPose = useAvatarStore((s) => s.setPose);
  return (
    <select aria-label="Pose" data-testid="pose.select" value={pose} onChange={(event) => setPose(event.target.value)} disabled={poses.length === 0}>
      {poses.map(({ id, name }) => (
        <option key={id} value={id}>
          {name.en}
        </option>
      ))}
    </select>
  );
}
