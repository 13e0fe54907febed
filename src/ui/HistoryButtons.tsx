import { useEffect } from 'react';
import { useHistory } from '../state';
import { useT } from './i18n';

function isUndoShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z';
}

/** Undo and redo, with Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z. */
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
      <button type="button" onClick={undo} disabled={!canUndo} data-testid="history.undo">
        {t('history.undo')}
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} data-testid="history.redo">
        {t('history.redo')}
      </button>
    </div>
  );
}
