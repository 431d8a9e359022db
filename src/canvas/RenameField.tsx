import { useRef, useState, type KeyboardEvent } from 'react';
import { commands, run } from '../commands';
import { useSessionStore, type ElementRef } from '../store';

interface RenameFieldProps {
  id: string;
  label: string;
  /** What is renamed; a node by default. */
  type?: ElementRef['type'];
  /** The field the text goes to: a node's or boundary's `label`, a note's `text`. */
  field?: 'label' | 'text';
  name?: string;
  /** A note's text: Shift+Enter starts a new line. */
  multiline?: boolean;
}

/** The in-place label editor: Enter or leaving the field saves, Escape cancels. */
export function RenameField({ id, label, type = 'node', field = 'label', name = 'Node name', multiline = false }: RenameFieldProps) {
  const [draft, setDraft] = useState(label);
  const done = useRef(false);
  const finish = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    if (save && draft.trim() && draft !== label) void run(commands.updateElement, { ref: { type, id }, patch: { [field]: draft.trim() } });
    useSessionStore.getState().set({ renaming: undefined });
  };
  const props = {
    className: `fm-node__rename nodrag nopan nowheel${multiline ? ' fm-note__editor' : ''}`,
    'aria-label': name,
    value: draft,
    maxLength: multiline ? 2000 : 120,
    autoFocus: true,
    onFocus: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => event.currentTarget.select(),
    onChange: (event: { target: HTMLInputElement | HTMLTextAreaElement }) => setDraft(event.target.value),
    onBlur: () => finish(true),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
        event.preventDefault();
        finish(true);
      } else if (event.key === 'Escape') finish(false);
      event.stopPropagation();
    },
  };
  return multiline ? <textarea {...props} /> : <input {...props} />;
}
