import type { CameraView } from '../state';

/** Camera position and look-at target (metres) for each view; the avatar stands at the origin facing +Z. */
export const CAMERA_VIEWS: Record<CameraView, { position: [number, number, number]; target: [number, number, number] }> = {
  body: { position: [0.6, 1.25, 3.9], target: [0, 0.9, 0] },
  upper: { position: [0.3, 1.5, 1.9], target: [0, 1.35, 0] },
  face: { position: [0.12, 1.62, 0.85], target: [0, 1.6, 0] },
};
