/**
 * The QA API: a typed object on `window.avatarAtelier` when the URL has `?qa`, for Playwright and other
 * test tools. Documented in docs/qa.md; keep the two in step.
 */
import { firstFrame, stageStats, whenStageRendered, type StageStats } from '../scene/stageProbe';

export interface AvatarAtelierQaApi {
  /** Resolves after the stage's first rendered frame. */
  ready: Promise<void>;
  /** Resolves after the next frame that reflects the current state. */
  whenRendered(): Promise<void>;
  /** Renderer counters of the last rendered frame. */
  stats(): StageStats;
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
  };
}
