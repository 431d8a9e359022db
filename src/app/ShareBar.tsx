import { useState } from 'react';
import { serializeDocument } from '../io';
import { commands, fileNameFor, run } from '../commands';
import { useDocumentStore, useSessionStore } from '../store';
import { ConfirmDialog } from './ConfirmDialog';
import { download } from '../io/browser';

import { forgetSharedLink } from './sharedLink';

/** Shown over a shared diagram: it is read-only until the visitor makes it theirs. */
export function ShareBar() {
  const [asking, setAsking] = useState(false);
  const title = useDocumentStore((state) => state.doc.title);
  const own = useSessionStore((state) => state.review?.own);
  if (!own) return null;
  const edit = () => {
    forgetSharedLink();
    void run(commands.editSharedCopy, undefined);
  };
  const ownIsEmpty = own.nodes.length === 0;
  return (
    <div role="region" aria-label="Shared diagram" className="fm-sharebar">
      <span>
        You are reviewing a shared diagram, <strong>{title || 'Untitled'}</strong>. It is read-only and is not saved in this browser.
      </span>
      <button type="button" className="fm-button--primary" onClick={() => (ownIsEmpty ? edit() : setAsking(true))}>
        Edit a copy
      </button>
      <button type="button" onClick={() => void run(commands.copyLink, undefined)}>
        Copy link with my comments
      </button>
      <button
        type="button"
        onClick={() => {
          forgetSharedLink();
          void run(commands.closeShared, undefined);
        }}
      >
        Close
      </button>
      {asking ? (
        <ConfirmDialog
          title="Edit the shared diagram?"
          onCancel={() => setAsking(false)}
          choices={[
            {
              label: 'Download mine, then edit',
              onChoose: () => {
                download(serializeDocument(own), fileNameFor(own.title, 'flowmap.json'), 'application/json');
                edit();
              },
            },
            { label: 'Edit the copy', primary: true, onChoose: edit },
          ]}
        >
          <p>
            Your own diagram, <strong>{own.title || 'Untitled'}</strong>, is saved in this browser. Editing the shared copy puts it in its place; Undo (Ctrl+Z) brings
            yours back, or download yours first to keep both.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
