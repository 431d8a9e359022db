import { useState } from 'react';
import { layoutPositions } from '../layout';
import { useDocumentStore } from '../store';

/** Lays the whole diagram out left to right (elkjs) as one undoable step. */
export function TidyButton() {
  const [busy, setBusy] = useState(false);
  const tidy = async () => {
    setBusy(true);
    try {
      const store = useDocumentStore.getState();
      store.arrange(await layoutPositions(store.doc));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" onClick={() => void tidy()} disabled={busy} title="Lay the diagram out left to right (undo puts it back)">
      Tidy layout
    </button>
  );
}
