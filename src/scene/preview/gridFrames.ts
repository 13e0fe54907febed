/** The preview grid's frames, for the QA API and the benchmark: a promise for "the grid's next frame". */

interface GridCanvas {
  /** Asks for a frame (the grid draws on demand). */
  invalidate: () => void;
  /** Lowers the resolution for a moment, as while the camera moves. */
  regress: () => void;
}

let framesRendered = 0;
let waiters: { frame: number; resolve: (at: number) => void }[] = [];
/** The open grid's canvas; null while no grid is open. */
let canvas: GridCanvas | null = null;

/** The grid's canvas says how to ask it for frames; the returned function forgets it. */
export function registerGridCanvas(opened: GridCanvas): () => void {
  canvas = opened;
  return () => {
    if (canvas === opened) canvas = null;
  };
}

/** Called by the grid right after it drew a frame. */
export function gridFrameRendered(): void {
  framesRendered += 1;
  const now = performance.now();
  const due = waiters.filter((w) => w.frame <= framesRendered);
  waiters = waiters.filter((w) => w.frame > framesRendered);
  for (const w of due) w.resolve(now);
}

/**
 * Draws one more frame of the open grid; resolves with performance.now() right after it. With `moving`, the frame
 * is drawn as while the camera moves (at the lowered resolution of a software renderer).
 */
export function nextGridFrame(moving = false): Promise<number> {
  if (!canvas) return Promise.reject(new Error('the preview grid is not open'));
  const frame = new Promise<number>((resolve) => waiters.push({ frame: framesRendered + 1, resolve }));
  if (moving) canvas.regress();
  canvas.invalidate();
  return frame;
}
