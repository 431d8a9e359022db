import { renamedNodes, sameToTheAnalysis } from '../../analysis';
import type { FlowDocument } from '../../model';
import type { DocumentStore } from '../documentStore';
import type { SessionStore } from '../sessionStore';
import type { AnswersFor, ReviewTransport } from './protocol';
import type { ReviewStore } from './reviewStore';

const answersWanted = (session: SessionStore): AnswersFor => {
  const { lens, selection } = session.getState();
  return lens === 'none' ? selection : 'all';
};
const sameWant = (a: AnswersFor, b: AnswersFor) => a === b || (a !== 'all' && b !== 'all' && a.length === b.length && a.every((id, i) => id === b[i]));

/**
 * Keeps the review store following the document: each edit, selection or lens change asks the
 * reviewer again. One request is in flight at a time; what changes meanwhile is sent when it
 * answers, so fast typing never queues up analyses of documents already gone.
 */
export function connectReview(document: DocumentStore, session: SessionStore, reviews: ReviewStore, transport: ReviewTransport): () => void {
  let version = 0;
  let sent: { doc: FlowDocument; want: AnswersFor } | undefined;
  let waiting = false;
  const ask = () => {
    if (waiting) return;
    const doc = document.getState().doc;
    const want = answersWanted(session);
    const last = sent;
    const reviewed = last !== undefined && sameToTheAnalysis(last.doc, doc);
    if (reviewed && sameWant(last.want, want)) return;
    waiting = true;
    const known = reviews.getState().findingsOf;
    // A big map is copied to the worker on each post: not for what the analysis never reads (a retitle, a move), nor for a rename.
    const renamed = last && !reviewed ? renamedNodes(last.doc, doc) : undefined;
    const labels = renamed?.map((index) => ({ index, label: doc.nodes[index]!.label }));
    transport.post({ version: ++version, ...(reviewed ? {} : labels ? { labels } : { doc }), answersFor: want, known });
    sent = { doc: reviewed ? last.doc : doc, want };
  };
  transport.onResponse((response) => {
    waiting = false;
    // Not taken (findings left out that are not the ones held here): send the document again.
    if (!reviews.getState().receive(response) && response.version === version) sent = undefined;
    ask();
  });
  const stopDocument = document.subscribe((state, previous) => state.doc !== previous.doc && ask());
  const stopSession = session.subscribe((state, previous) => (state.selection !== previous.selection || state.lens !== previous.lens) && ask());
  ask();
  return () => {
    stopDocument();
    stopSession();
  };
}
