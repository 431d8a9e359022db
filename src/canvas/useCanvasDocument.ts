import { startTransition, useEffect, useState } from 'react';
import { useDocumentStore, type DocumentState } from '../store';

function urgent(state: DocumentState, previous: DocumentState): boolean {
  const [now, before] = [state.doc, previous.doc];
  return (
    state.dragging !== previous.dragging ||
    state.fitRequest !== previous.fitRequest ||
    now.nodes.length !== before.nodes.length ||
    now.edges.length !== before.edges.length
  );
}

/**
 * The document as the canvas shows it. Edits reach the canvas in a transition, so typing and the
 * review panel never wait for React Flow to take in a big map. Some come through at once: the end of
 * a drag (so a dropped node does not flick back for a frame), a newly opened diagram (so fitting the
 * view fits it), and nodes or arrows added or removed (so typing a new node's name is never lost).
 */
export function useCanvasDocument() {
  const [doc, setDoc] = useState(() => useDocumentStore.getState().doc);
  useEffect(
    () =>
      useDocumentStore.subscribe((state, previous) => {
        if (state.doc === previous.doc) return;
        if (urgent(state, previous)) setDoc(state.doc);
        else startTransition(() => setDoc(state.doc));
      }),
    [],
  );
  return doc;
}
