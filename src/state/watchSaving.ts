import type { Notice } from './noticeSlice';

const STORAGE_FULL: Notice = { tone: 'error', text: 'storage.full' };

/**
 * Says once when saving starts failing (the browser's storage is full), not at every edit, and takes the message
 * back once a save goes through again. Showing the message is itself a change the store tries to save: the state
 * check keeps that from starting over.
 */
export function watchSaving(notice: { current: () => Notice | null; show: (notice: Notice | null) => void }): (ok: boolean) => void {
  let failing = false;
  return (ok) => {
    if (ok === !failing) return;
    failing = !ok;
    if (failing) notice.show(STORAGE_FULL);
    else if (notice.current()?.text === STORAGE_FULL.text) notice.show(null);
  };
}
