import { createStore } from 'zustand/vanilla';

/**
 * Whether the avatar stands on the stage (until it does, the page shows a silhouette in its place), and whether the
 * first one has settled: shown, failed, or its stage gone.
 */
export const avatarOnStage = createStore<{ shown: boolean; firstSettled: boolean }>()(() => ({ shown: false, firstSettled: false }));

/**
 * Resolves once the first avatar stands on the stage, in the task after the frame that drew it, or once it never will
 * (its body failed, or its stage went away).
 */
export function firstAvatarSettled(): Promise<void> {
  const settled = new Promise<void>((resolve) => {
    if (avatarOnStage.getState().firstSettled) return resolve();
    const stop = avatarOnStage.subscribe(({ firstSettled }) => {
      if (!firstSettled) return;
      stop();
      resolve();
    });
  });
  return settled.then(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
}
