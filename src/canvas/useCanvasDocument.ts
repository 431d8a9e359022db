import { startTransition, useEffect, useState } from 'react';
import type { FlowDocument } from '../model';
import type { Finding } from '../analysis';
import { useDocumentStore, useReviewStore, useSessionStore } from '../store';

/** The title, the diagram's notes and the like are not drawn on the map: a change to them need not reach React Flow. */
export const changesTheMap = (now: FlowDocument, before: FlowDocument) => now.nodes !== before.nodes || now.edges !== before.edges || changesAnnotations(now, before);
/** Boundaries and notes are few: a change to them (a resize ending, a note typed) is drawn at once. */
const changesAnnotations = (now: FlowDocument, before: FlowDocument) => now.groups !== before.groups || now.notes !== before.notes;
const structural = (now: FlowDocument, before: FlowDocument) => now.nodes.length !== before.nodes.length || now.edges.length !== before.edges.length || changesAnnotations(now, before);

/**
 * The document as the canvas shows it. Edits reach the canvas in a transition, so typing and the
 * review panel never wait for React Flow to take in a big map. Some come through at once: the end of
 * a drag (so a dropped node does not flick back for a frame), a newly opened diagram (so fitting the
 * view fits it), and nodes or arrows added or removed (so typing a new node's name is never lost).
 */
export function useCanvasDocument() {
  const [doc, setDoc] = useState(() => useDocumentStore.getState().doc);
  useEffect(() => {
    let fitSeen = useSessionStore.getState().fitRequest;
    return useDocumentStore.subscribe((state, previous) => {
      if (!changesTheMap(state.doc, previous.doc)) return;
      const { dragging, fitRequest } = useSessionStore.getState();
      const urgent = structural(state.doc, previous.doc) || dragging !== undefined || fitRequest !== fitSeen;
      fitSeen = fitRequest;
      if (urgent) setDoc(state.doc);
      else startTransition(() => setDoc(state.doc));
    });
  }, []);
  return doc;
}

/**
 * The review's findings as the canvas shows them (its badges). They reach the canvas in a transition too: a review
 * answers each keystroke a moment later, and taken at once it made the canvas take in the whole map again, in one
 * uninterruptible render, and often before the edit it answers was drawn (throwing away that render's work).
 */
export function useCanvasFindings(): Finding[] {
  const [findings, setFindings] = useState(() => useReviewStore.getState().analysis.findings);
  useEffect(() => {
    const take = (next: Finding[]) => startTransition(() => setFindings(next));
    // A review that arrived between the first render and now.
    take(useReviewStore.getState().analysis.findings);
    return useReviewStore.subscribe((state, previous) => {
      if (state.analysis.findings !== previous.analysis.findings) take(state.analysis.findings);
    });
  }, []);
  return findings;
}
