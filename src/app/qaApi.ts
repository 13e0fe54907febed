/**
 * The QA API: a typed object on `window.avatarAtelier` when the URL has `?qa`, for Playwright and other
 * test tools. Documented in docs/qa.md; keep the two in step.
 */
import type { AvatarManifest } from '../core/manifest';
import { firstFrame, stageStats, whenStageRendered, type StageStats } from '../scene/stageProbe';
import { currentManifest, loadManifest } from './avatarManifest';

export interface AvatarAtelierQaApi {
  /** Resolves after the stage's first rendered frame. */
  ready: Promise<void>;
  /** Resolves after the next frame that reflects the current state. */
  whenRendered(): Promise<void>;
  /** Renderer counters of the last rendered frame. */
  stats(): StageStats;
  /** The current avatar as a portable manifest. */
  getManifest(): AvatarManifest;
  /** Replaces the avatar; on any problem nothing changes and the reasons are returned. */
  loadManifest(manifest: unknown): Promise<{ ok: true } | { ok: false; errors: string[] }>;
}

declare global {
  interface Window {
    avatarAtelier?: AvatarAtelierQaApi;
  }
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
  };
}
