import { useFrame } from '@react-three/fiber';
import { Quaternion, Vector3 } from 'three';
import type { PoseRotations } from '../avatar/poses';
import type { AvatarDirector } from '../avatar/three/AvatarDirector';

const X = new Vector3(1, 0, 0);
const Y = new Vector3(0, 1, 0);
const Z = new Vector3(0, 0, 1);
const turn = new Quaternion();

/** Small, slow movements layered on the pose so the avatar feels alive: breathing, weight shift, a drifting gaze, blinks. */
function applyIdle(director: AvatarDirector, seconds: number): void {
  const breath = Math.sin(seconds * 1.6);
  const sway = Math.sin(seconds * 0.45);
  const { live } = director;
  live.skeleton.rotateJoint('Spine1', turn.setFromAxisAngle(X, -0.008 * breath));
  live.skeleton.rotateJoint('Spine2', turn.setFromAxisAngle(X, -0.012 * breath));
  live.skeleton.rotateJoint('Hips', turn.setFromAxisAngle(Z, 0.012 * sway));
  live.skeleton.rotateJoint('Spine', turn.setFromAxisAngle(Z, -0.014 * sway));
  live.skeleton.rotateJoint('Head', turn.setFromAxisAngle(Y, 0.05 * Math.sin(seconds * 0.3)));
  live.setFaceWeight(blinkWeight(seconds));
}

/** Seconds between blinks, cycling so they do not feel mechanical; each blink closes fast and opens slower. */
const BLINK_GAPS = [3.8, 5.1, 2.6, 4.4, 6.0];
const BLINK_CYCLE = BLINK_GAPS.reduce((sum, gap) => sum + gap, 0);
const CLOSING = 0.07;
const OPENING = 0.13;

function blinkWeight(seconds: number): number {
  let t = seconds % BLINK_CYCLE;
  for (const gap of BLINK_GAPS) {
    if (t < gap) {
      const since = t - (gap - CLOSING - OPENING);
      if (since < 0) return 0;
      return since < CLOSING ? since / CLOSING : 1 - (since - CLOSING) / OPENING;
    }
    t -= gap;
  }
  return 0;
}

/** Re-applies the pose every frame, plus idle motion when animation is on. */
export function usePoseAndIdle(director: AvatarDirector | null, rotations: PoseRotations | null, animate: boolean): void {
  useFrame(({ clock }) => {
    if (!director || !rotations) return;
    director.live.pose(rotations);
    if (animate) applyIdle(director, clock.elapsedTime);
  });
}
