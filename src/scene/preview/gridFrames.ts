/** The preview grid's frames, for the QA API and the benchmark: a promise for "the grid's next frame". */

let framesRendered = 0;
let waiters: { frame: number; resolve: (at: number) => void }[] = [];
/** Asks the open grid's canvas for a frame (it draws on demand); null while no grid is open. */
let requestFrame: (() => void) | null = null;

/** The grid's canvas says how to ask it for a frame; the returned function forgets it. */
export function registerGridCanvas(invalidate: () => void): () => void {
  requestFrame = invalidate;
  return () => {
    if (requestFrame === invalidate) requestFrame = null;
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

/** Draws one more frame of the open grid; resolves with performance.now() right after it. */
export function nextGridFrame(): Promise<number> {
  if (!requestFrame) return Promise.reject(new Error('the preview grid is not open'));
  const frame = new Promise<number>((resolve) => waiters.push({ frame: framesRendered + 1, resolve }));
  requestFrame();
  return frame;
}
