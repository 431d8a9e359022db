import { useRef, useState } from 'react';
import { commands, run } from '../commands';
import { useSessionStore } from '../store';

/** The in-place label editor: Enter or leaving the field saves, Escape cancels. */
export function RenameField({ id, label }: { id: string; label: string }) {
  const [draft, setDraft] = useState(label);
  const done = useRef(false);
  const finish = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    if (save && draft.trim() && draft !== label) void run(commands.updateElement, { ref: { type: 'node', id }, patch: { label: draft.trim() } });
    useSessionStore.getState().set({ renaming: undefined });
  };
  return (
    <input
      className="fm-node__rename nodrag nopan nowheel"
      aria-label="Node name"
      value={draft}
      maxLength={120}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') finish(true);
        else if (event.key === 'Escape') finish(false);
        event.stopPropagation();
      }}
    />
  );
}
