import { commands, run } from '../commands';
import { useDocumentStore } from '../store';
import { CommandButton } from './CommandButton';

export function HistoryButtons() {
  const canUndo = useDocumentStore((state) => state.history.past.length > 0);
  const canRedo = useDocumentStore((state) => state.history.future.length > 0);
  return (
    <div className="fm-group" role="group" aria-label="History">
      <CommandButton command={commands.undo} disabled={!canUndo} onClick={() => void run(commands.undo, undefined)} />
      <CommandButton command={commands.redo} disabled={!canRedo} onClick={() => void run(commands.redo, undefined)} />
    </div>
  );
}
