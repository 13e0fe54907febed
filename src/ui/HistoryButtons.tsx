import { useEffect } from 'react';
import { useHistory } from '../state';

function isUndoShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z';
}

/** Undo and redo, with Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z. */
export function HistoryButtons() {
  const { canUndo, canRedo, undo, redo } = useHistory();
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
    <div className="toolbar" role="group" aria-label="History">
      <button type="button" onClick={undo} disabled={!canUndo} data-testid="history.undo">
        Undo
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} data-testid="history.redo">
        Redo
      </button>
    </div>
  );
}
