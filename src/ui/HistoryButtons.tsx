import { useEffect } from 'react';
import { useHistory } from '../state';
import { useT } from './i18n';

function isUndoShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z';
}

const UNDO_PATH = 'M9 14L4 9l5-5 M4 9h10.5a5.5 5.5 0 0 1 0 11H11';
const REDO_PATH = 'M15 14l5-5-5-5 M20 9H9.5a5.5 5.5 0 0 0 0 11H13';

function HistoryIcon({ path }: { path: string }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={path} />
    </svg>
  );
}

/** Undo and redo as icon buttons (named for assistive technology and in their tooltip), with Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z. */
export function HistoryButtons() {
  const { canUndo, canRedo, undo, redo } = useHistory();
  const t = useT();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isUndoShortcut(event)) return;
      event.preventDefault();
      if (event.shiftKey) redo();
      else undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);
  return (
    <div className="toolbar" role="group" aria-label={t('history.group')}>
      <button type="button" className="icon-button" onClick={undo} disabled={!canUndo} aria-label={t('history.undo')} title={t('history.undo')} data-testid="history.undo">
        <HistoryIcon path={UNDO_PATH} />
      </button>
      <button type="button" className="icon-button" onClick={redo} disabled={!canRedo} aria-label={t('history.redo')} title={t('history.redo')} data-testid="history.redo">
        <HistoryIcon path={REDO_PATH} />
      </button>
    </div>
  );
}
