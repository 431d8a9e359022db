import { startTransition, useEffect, useState } from 'react';
import { useDocumentStore } from '../store';

/**
 * The document as the canvas shows it. Edits reach the canvas in a transition, so typing and the
 * review panel never wait for React Flow to take in a big map. The end of a drag comes through at
 * once, with the positions it committed, so a dropped node does not flick back for a frame; so does a
 * newly opened diagram, so that fitting the view fits it and not the one before.
 */
export function useCanvasDocument() {
  const [doc, setDoc] = useState(() => useDocumentStore.getState().doc);
  useEffect(
    () =>
      useDocumentStore.subscribe((state, previous) => {
        if (state.doc === previous.doc) return;
        if (state.dragging !== previous.dragging || state.fitRequest !== previous.fitRequest) setDoc(state.doc);
        else startTransition(() => setDoc(state.doc));
      }),
    [],
  );
  return doc;
}
