/**
 * The saved state as a versioned schema. Every save so far is version 1, but older editors wrote fewer keys (the
 * first one no `variants` in the avatar, no language, no starting preset): whatever wrote it, a save goes through
 * the same restore step as any other input (validate, migrate, fill defaults) before it reaches the store.
 * Fixtures of each shape are in ./fixtures.
 */
import { isLanguage } from '../core/language';
import { documentFromManifest, restoreManifest } from '../core/manifest';
import type { CameraView } from './sessionSlice';
import type { AvatarStore } from './storeTypes';

const CAMERA_VIEWS: readonly string[] = ['body', 'upper', 'face'] satisfies CameraView[];

export type SavedState = Partial<Pick<AvatarStore, 'avatar' | 'cameraView' | 'language' | 'startingPreset'>>;

/** Whether a saved `{ state, version }` is one this app wrote (any older version it can migrate). */
export function isReadableSave(saved: unknown, currentVersion: number): boolean {
  if (typeof saved !== 'object' || saved === null) return false;
  const { state, version } = saved as { state?: unknown; version?: unknown };
  if (typeof version !== 'number' || version > currentVersion || typeof state !== 'object' || state === null) return false;
  const { avatar, cameraView, language } = state as Record<string, unknown>;
  return (
    (avatar === undefined || restoreManifest(avatar).ok) &&
    (cameraView === undefined || CAMERA_VIEWS.includes(cameraView as string)) &&
    (language === undefined || isLanguage(language))
  );
}

/** A readable save's state in the current shape: the keys it has, each complete; what it lacks keeps its default. */
export function restoreSavedState(state: unknown): SavedState {
  const { avatar, cameraView, language, startingPreset } = (state ?? {}) as Record<string, unknown>;
  const restored = avatar === undefined ? null : restoreManifest(avatar);
  return {
    ...(restored?.ok ? { avatar: documentFromManifest(restored.value) } : {}),
    ...(CAMERA_VIEWS.includes(cameraView as string) ? { cameraView: cameraView as CameraView } : {}),
    ...(isLanguage(language) ? { language } : {}),
    ...(typeof startingPreset === 'string' ? { startingPreset } : {}),
  };
}
