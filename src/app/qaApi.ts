/**
 * The QA API: a typed object on `window.avatarAtelier` when the URL has `?qa`, for Playwright and other
 * test tools. Documented in docs/qa.md; keep the two in step.
 */
import type { AvatarManifest } from '../core/manifest';
import { excludesFromPacks } from '../packs/excludes';
import {
  currentSceneVersion,
  firstFrame,
  nextFrame,
  stageStats,
  whenSceneChanged,
  whenSceneShown,
  whenStageRendered,
  type StageStats,
} from '../scene/stageProbe';
import { nextGridFrame } from '../scene/preview/gridFrames';
import { previewGridStats, whenGridClosed, whenGridShown, type PreviewGridStats } from '../scene/preview/gridReport';
import { avatarStore, readyPacks } from '../state';
import { currentManifest, loadManifest } from './avatarManifest';
import { exportAvatar, type ExportRequest } from './exportAvatar';
import { historyStats, redo, setBodyValue, setColour, undo, type HistoryStats } from './qaEdits';

export interface AvatarAtelierQaApi {
  /** Resolves after the stage's first rendered frame. */
  ready: Promise<void>;
  /** Resolves after the next frame that reflects the current state (every pending download settled). */
  whenRendered(): Promise<void>;
  /** Renderer counters of the last rendered frame. */
  stats(): StageStats;
  /** The current avatar as a portable manifest. */
  getManifest(): AvatarManifest;
  /** Replaces the avatar; on any problem nothing changes and the reasons are returned. */
  loadManifest(manifest: unknown): Promise<{ ok: true } | { ok: false; errors: string[] }>;
  /** Wears `pack/item` in a slot (null empties it), with the slot rules; resolves when it is on screen. */
  wear(slot: string, ref: string | null): Promise<void>;
  /** Moves a body or face control as its slider does (clamped to its range); resolves when it is on screen. */
  setBodyValue(control: string, value: number): Promise<void>;
  /** Sets a colour ("skin", "hair", "eyebrows", "beard") as the colour picker does; resolves when it is on screen. */
  setColour(key: string, hex: string): Promise<void>;
  /** Takes back the last edit, as the Undo button does; resolves when it is on screen. */
  undo(): Promise<void>;
  /** Replays the last edit taken back, as the Redo button does; resolves when it is on screen. */
  redo(): Promise<void>;
  /** How many steps Undo and Redo can take, and the most undo steps kept. */
  history(): HistoryStats;
  /** A counter of visible scene changes (body shape applied, item put on; not an item taken off). */
  sceneVersion(): number;
  /** Resolves with performance.now() right after the first frame that shows a scene newer than `version`. */
  whenSceneShown(version: number): Promise<number>;
  /** Resolves with performance.now() of the change past `version` (meshes updated, not yet drawn). */
  whenSceneChanged(version: number): Promise<number>;
  /** Resolves with performance.now() right after the next rendered frame. */
  nextFrame(): Promise<number>;
  /** The current avatar as file bytes: GLB or VRM (with export options), its manifest (JSON) or a PNG portrait. */
  exportAvatar(request: ExportRequest): Promise<Uint8Array>;
  /** Opens the preview grid on `pack/item`; resolves once a frame shows it on all six bodies, rejects with the reason when it cannot. */
  previewGrid(ref: string): Promise<void>;
  /** The preview grid's state, its last frame's renderer counters, and what its renderer still held after the last close. */
  previewGridStats(): PreviewGridStats;
  /** Closes the preview grid; resolves once its avatars are freed. */
  closePreviewGrid(): Promise<void>;
  /** Draws one more frame of the open grid (`moving`: as while its camera moves); resolves with performance.now() right after it. */
  previewGridNextFrame(moving?: boolean): Promise<number>;
}

declare global {
  interface Window {
    avatarAtelier?: AvatarAtelierQaApi;
  }
}

async function wear(slot: string, ref: string | null): Promise<void> {
  const { wear: wearItem, packs } = avatarStore.getState();
  wearItem(slot, ref, excludesFromPacks(readyPacks(packs)));
  await whenStageRendered();
}

function previewGrid(ref: string): Promise<void> {
  const shown = whenGridShown(ref);
  avatarStore.getState().setPreviewItem(ref);
  return shown;
}

function closePreviewGrid(): Promise<void> {
  avatarStore.getState().setPreviewItem(null);
  return whenGridClosed();
}

export function installQaApi(): void {
  window.avatarAtelier = {
    ready: firstFrame,
    whenRendered: whenStageRendered,
    stats: stageStats,
    getManifest: currentManifest,
    loadManifest: async (manifest) => {
      const result = await loadManifest(manifest);
      return result.ok ? { ok: true } : result;
    },
    wear,
    setBodyValue,
    setColour,
    undo,
    redo,
    history: historyStats,
    sceneVersion: currentSceneVersion,
    whenSceneShown,
    whenSceneChanged,
    nextFrame,
    exportAvatar: async (request) => (await exportAvatar(request)).bytes,
    previewGrid,
    previewGridStats,
    closePreviewGrid,
    previewGridNextFrame: nextGridFrame,
  };
}
