import { useFrame, type RootState } from '@react-three/fiber';
import type { OrthographicCamera } from 'three';
import type { PreviewAvatar } from '../../avatar/three/PreviewAvatar';
import { gridFrameRendered } from './gridFrames';
import { cellRects, frustumFor, gridLayout, type Frame, type GridLayout } from './gridLayout';
import { gridReport, type RendererCounters } from './gridReport';

interface CellRendererProps {
  /** The avatars, one per cell, in cell order (null while they are built: the cells stay empty). */
  avatars: readonly PreviewAvatar[] | null;
  /** The region every cell shows. */
  frame: Frame;
  /** How many cells the grid has. */
  count: number;
}

/**
 * Draws the grid: one scissored viewport per cell, each showing only its own avatar through the one orbit camera
 * (a positive priority replaces R3F's single render). All cells of a frame count in the renderer's counters.
 */
export function CellRenderer({ avatars, frame, count }: CellRendererProps) {
  useFrame((state) => {
    const { gl, size } = state;
    const layout = gridLayout(size.width, size.height, count, frame);
    gl.info.reset();
    // While the camera moves: a lower resolution and fewer triangles, so a software renderer keeps up.
    const moving = state.performance.current < 1;
    resolution(state, moving);
    avatars?.forEach((avatar) => avatar.drawCoarse(moving));
    gl.setScissorTest(true);
    cellRects(size.width, size.height, layout, count).forEach((rect, cell) => {
      const bottom = size.height - rect.y - rect.height;
      gl.setViewport(rect.x, bottom, rect.width, rect.height);
      gl.setScissor(rect.x, bottom, rect.width, rect.height);
      aim(state.camera as OrthographicCamera, frame, rect.width / rect.height);
      avatars?.forEach((avatar, i) => (avatar.object.visible = i === cell));
      gl.render(state.scene, state.camera);
    });
    gl.setScissorTest(false);
    report(state, layout, avatars !== null);
  }, 1);
  return null;
}

/**
 * Draws at `performance.current` times the canvas's resolution. Set on the renderer, not through R3F's setDpr
 * (drei's AdaptiveDpr): the Canvas puts its own dpr back whenever it renders, which the grid's panel makes it do.
 */
function resolution({ gl, size, viewport, performance }: RootState, moving: boolean): void {
  const ratio = moving ? viewport.dpr * performance.current : viewport.dpr;
  if (gl.getPixelRatio() === ratio) return;
  gl.setPixelRatio(ratio);
  gl.setSize(size.width, size.height, false);
}

function aim(camera: OrthographicCamera, frame: Frame, aspect: number): void {
  const { halfWidth, halfHeight } = frustumFor(frame, aspect);
  if (camera.right === halfWidth && camera.top === halfHeight) return;
  Object.assign(camera, { left: -halfWidth, right: halfWidth, top: halfHeight, bottom: -halfHeight });
  camera.updateProjectionMatrix();
}

/** Publishes the frame's counters (only when they change: the dialog shows them) and marks the avatars shown. */
function report({ gl }: RootState, layout: GridLayout, drewAvatars: boolean): void {
  const { render, memory, programs } = gl.info;
  const frame: RendererCounters = { drawCalls: render.calls, triangles: render.triangles, lines: render.lines, ...memory, programs: programs?.length ?? 0 };
  const last = gridReport.getState();
  const changed = (Object.keys(frame) as (keyof RendererCounters)[]).some((key) => frame[key] !== last.frame[key]);
  const shown = drewAvatars && last.status === 'ready';
  if (changed || shown || layout.columns !== last.layout.columns || layout.rows !== last.layout.rows) {
    gridReport.setState({ frame, layout, ...(shown ? { status: 'shown' } : {}) });
  }
  gridFrameRendered();
}
