import { useDocumentStore } from '../store';

export function HistoryButtons() {
  const canUndo = useDocumentStore((state) => state.history.past.length > 0);
  const canRedo = useDocumentStore((state) => state.history.future.length > 0);
  const undo = useDocumentStore((state) => state.undo);
  const redo = useDocumentStore((state) => state.redo);
  return (
    <div className="fm-group" role="group" aria-label="History">
      <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z Meta+Z" title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z" title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
    </div>
  );
}
