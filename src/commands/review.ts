import type { FlowDocument } from '../model';
import { READ_ONLY_REFUSAL, commit } from '../store';
import { defineCommand } from './command';

/*
 * The session is told first (fit request, review state), then the document changes: the canvas
 * then takes the new diagram at once and fits it.
 */

/** A shared link opens read-only over the visitor's own diagram, which keeps its undo history. */
export const showShared = defineCommand<FlowDocument>({ id: 'show-shared', label: 'Review a shared diagram', category: 'Review', changesDocument: false, run: ({ document, session }, shared) => {
  const review = session.getState().review ?? { own: document.getState().doc, history: document.getState().history };
  session.setState((s) => ({ review, selection: [], renaming: undefined, scenario: undefined, ranking: undefined, comparison: undefined, fitRequest: s.fitRequest + 1 }));
  // Read-only before the shared diagram arrives, so autosave never takes it for the visitor's own.
  document.getState().setReadOnly(READ_ONLY_REFUSAL);
  document.getState().load(shared);
} });

/** The shared diagram becomes one step on top of the visitor's own: Undo brings theirs back. */
export const editSharedCopy = defineCommand({ id: 'edit-copy', label: 'Edit a copy', category: 'Review', changesDocument: false, allowedInReview: true, run: ({ document, session }) => {
  const { review } = session.getState();
  if (!review) return;
  const shared = document.getState().doc;
  session.setState((s) => ({ review: undefined, fitRequest: s.fitRequest + 1 }));
  document.getState().setReadOnly(undefined);
  document.getState().load(shared, commit(review.history, shared));
} });

/** Back to the visitor's own diagram, its undo history intact. */
export const closeShared = defineCommand({ id: 'close-review', label: 'Close the shared diagram', category: 'Review', changesDocument: false, allowedInReview: true, run: ({ document, session }) => {
  const { review } = session.getState();
  if (!review) return;
  session.setState((s) => ({ review: undefined, selection: [], scenario: undefined, ranking: undefined, comparison: undefined, fitRequest: s.fitRequest + 1 }));
  document.getState().setReadOnly(undefined);
  document.getState().load(review.own, review.history);
} });
