/**
 * What the stage reports about its frames, for the QA API and the benchmark: when the first frame
 * was rendered, a promise for "a frame after now", and the renderer's counters for the last frame.
 */
import { invalidate } from '@react-three/fiber';
import type { WebGLRenderer } from 'three';

export interface StageStats {
  drawCalls: number;
  triangles: number;
  geometries: number;
  textures: number;
  /** Shader programs the renderer holds (a leak check: they follow the materials in use). */
  programs: number;
}

export const FIRST_FRAME_MARK = 'avatar-atelier:first-frame';
/** Set at the first frame that shows the dressed avatar (every item of the first document downloaded). */
export const FIRST_AVATAR_MARK = 'avatar-atelier:first-avatar';
/** Set once that frame's pixels reached the compositor (the task after the frame: software renderers finish it there). */
export const FIRST_AVATAR_PRESENTED_MARK = 'avatar-atelier:first-avatar-presented';

let framesRendered = 0;
let lastStats: StageStats = { drawCalls: 0, triangles: 0, geometries: 0, textures: 0, programs: 0 };
let waiters: { frame: number; resolve: (at: number) => void }[] = [];
let resolveFirstFrame: () => void = () => {};
/** Counts changes to the scene (shape applied, item put on), so tests can time an edit to its frame. */
let sceneVersion = 0;
let shownWaiters: { version: number; resolve: (at: number) => void }[] = [];
let changeWaiters: { version: number; resolve: (at: number) => void }[] = [];
/** performance.now() of the most recent scene versions (a few, for waiters that arrive after the change). */
const changeTimes = new Map<number, number>();

export const firstFrame = new Promise<void>((resolve) => (resolveFirstFrame = resolve));

/** Called by the stage right after each render with the renderer that drew it. */
export function frameRendered(gl: WebGLRenderer): void {
  framesRendered += 1;
  const { render, memory, programs } = gl.info;
  lastStats = { drawCalls: render.calls, triangles: render.triangles, ...memory, programs: programs?.length ?? 0 };
  if (framesRendered === 1) {
    performance.mark(FIRST_FRAME_MARK);
    resolveFirstFrame();
  }
  const version = currentSceneVersion();
  const shown = shownWaiters.filter((w) => w.version <= version);
  shownWaiters = shownWaiters.filter((w) => w.version > version);
  const now = performance.now();
  for (const w of shown) w.resolve(now);
  const due = waiters.filter((w) => w.frame <= framesRendered);
  waiters = waiters.filter((w) => w.frame > framesRendered);
  for (const w of due) w.resolve(now);
}

const pendingWork = new Set<() => Promise<void>>();
/** Bumped by every registration: work that starts while we wait (a load that leads to another) is seen. */
let pendingGeneration = 0;

/** Lets the app say "I am still loading": whenRendered waits for every registered source to settle. */
export function registerPendingWork(settled: () => Promise<void>): () => void {
  pendingWork.add(settled);
  pendingGeneration += 1;
  return () => pendingWork.delete(settled);
}

/** Resolves once all pending loads (including any they start) have settled and one more frame rendered. */
export async function whenStageRendered(): Promise<void> {
  for (;;) {
    const generation = pendingGeneration;
    await Promise.all([...pendingWork].map((settled) => settled().catch(() => undefined)));
    await nextFrame();
    if (generation === pendingGeneration) return;
  }
}

/** Resolves in a task of its own, after the one running now (and its rendering) ends. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Renders one more frame (the stage draws on demand when nothing moves); resolves with performance.now() after it. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => {
    waiters.push({ frame: framesRendered + 1, resolve });
    invalidate();
  });
}

/** Marks the next rendered frame, and the task after it (when its pixels are presented), once per page. */
export function markNextFrame(mark: string, presentedMark: string): void {
  if (performance.getEntriesByName(mark).length > 0) return;
  void nextFrame().then(() => {
    performance.mark(mark);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => performance.mark(presentedMark);
    channel.port2.postMessage(null);
  });
}

/** The scene changed in a way the next frame will show (called by the avatar view): asks for that frame. */
export function sceneChanged(): void {
  invalidate();
  sceneVersion += 1;
  const now = performance.now();
  changeTimes.set(sceneVersion, now);
  changeTimes.delete(sceneVersion - 64);
  const changed = changeWaiters.filter((w) => w.version <= sceneVersion);
  changeWaiters = changeWaiters.filter((w) => w.version > sceneVersion);
  for (const w of changed) w.resolve(now);
}

/** Resolves with performance.now() of the change that took the scene past `version` (before a frame showed it). */
export function whenSceneChanged(version: number): Promise<number> {
  return new Promise((resolve) => {
    if (sceneVersion <= version) changeWaiters.push({ version: version + 1, resolve });
    else resolve(changeTimes.get(version + 1) ?? performance.now());
  });
}

export function currentSceneVersion(): number {
  return sceneVersion;
}

/** Resolves with performance.now() right after the first frame rendered once the scene is past `version`. */
export function whenSceneShown(version: number): Promise<number> {
  return new Promise((resolve) => shownWaiters.push({ version: version + 1, resolve }));
}

export function stageStats(): StageStats {
  return { ...lastStats };
}
