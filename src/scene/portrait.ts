/**
 * PNG portraits of the avatar (face or full body, transparent or on a colour), drawn by the stage's own renderer
 * so no second WebGL context compiles every shader again.
 */
import type { RootState } from '@react-three/fiber';
import { Color, PerspectiveCamera, Vector2 } from 'three';
import type { CameraView } from '../state';
import { cameraPlacement } from './cameraViews';
import { stageFocus } from './stageFocus';

export interface PortraitOptions {
  framing: Extract<CameraView, 'face' | 'body'>;
  /** Width and height in pixels (square). */
  size: number;
  /** A CSS colour such as "#ffffff", or "transparent". */
  background: string;
}

export const PORTRAIT_SIZES = [256, 512, 1024] as const;

function portraitCamera(framing: PortraitOptions['framing']): PerspectiveCamera {
  const camera = new PerspectiveCamera(30, 1, 0.05, 50);
  const { position, target } = cameraPlacement(framing, stageFocus.getState());
  camera.position.set(...position);
  camera.lookAt(...target);
  return camera;
}

/**
 * Renders one portrait into the canvas's drawing buffer at the portrait's size, snapshots it and puts the stage
 * back, all in one task: the compositor never sees the portrait frame, so the stage does not flicker.
 */
export function capturePortrait({ gl, scene, invalidate }: RootState, options: PortraitOptions): Promise<Blob> {
  const canvas = gl.domElement;
  const stageSize = gl.getSize(new Vector2());
  const stagePixelRatio = gl.getPixelRatio();
  const stageBackground = scene.background;
  const stageClear = { colour: gl.getClearColor(new Color()), alpha: gl.getClearAlpha() };
  let snapshot: Promise<Blob>;
  try {
    gl.setPixelRatio(1);
    gl.setSize(options.size, options.size, false);
    const transparent = options.background === 'transparent';
    scene.background = transparent ? null : new Color(options.background);
    gl.setClearColor(0x000000, transparent ? 0 : 1);
    gl.render(scene, portraitCamera(options.framing));
    snapshot = new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
  } finally {
    scene.background = stageBackground;
    gl.setClearColor(stageClear.colour, stageClear.alpha);
    gl.setPixelRatio(stagePixelRatio);
    gl.setSize(stageSize.x, stageSize.y, false);
    invalidate();
  }
  return snapshot;
}
