import { useState } from 'react';
import { commands, run } from '../commands';
import { useDocumentStore } from '../store';
import { TEMPLATES, type Template } from '../templates';
import { ConfirmDialog } from './ConfirmDialog';
import { Menu } from './Menu';

/** Starts a new diagram, empty or from a template, after asking: the current one is replaced (undo brings it back). */
export function NewMenu() {
  const [pending, setPending] = useState<Template>();
  const title = useDocumentStore((state) => state.doc.title);
  return (
    <>
      <Menu label="New" items={TEMPLATES.map((t) => ({ id: t.id, label: t.name, hint: t.description, onSelect: () => setPending(t) }))} />
      {pending ? (
        <ConfirmDialog
          title={`Replace “${title || 'Untitled'}”?`}
          onCancel={() => setPending(undefined)}
          choices={[
            {
              label: `Open ${pending.name}`,
              primary: true,
              onChoose: () => {
                void run(commands.openDocument, pending.create());
                setPending(undefined);
              },
            },
          ]}
        >
          <p>
            The current diagram is replaced by <strong>{pending.name}</strong>. You can get it back with Undo (Ctrl+Z).
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
