import type { CameraView } from '../state';
import type { StageFocus } from './stageFocus';

export interface CameraPlacement {
  position: [number, number, number];
  target: [number, number, number];
}

/** Camera position and look-at target (metres) for each view, framed on the avatar (standing at the origin, facing +Z). */
export function cameraPlacement(view: CameraView, { faceY, topY }: StageFocus): CameraPlacement {
  switch (view) {
    case 'face':
      return { position: [0.1, faceY - 0.02, 0.95], target: [0, faceY - 0.04, 0] };
    case 'upper':
      return { position: [0.25, faceY - 0.12, 1.75], target: [0, faceY - 0.25, 0] };
    case 'body':
      return { position: [0.55, topY * 0.72, 2.45 * topY], target: [0, topY * 0.53, 0] };
  }
}
