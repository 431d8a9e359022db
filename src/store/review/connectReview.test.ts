import { describe, expect, it } from 'vitest';
import { analyze, plainFinding } from '../../analysis';
import { fanOut } from '../../templates';
import { createDocumentStore } from '../documentStore';
import { createSessionStore } from '../sessionStore';
import { connectReview } from './connectReview';
import type { ReviewRequest, ReviewResponse, ReviewTransport } from './protocol';
import { createReviewer } from './reviewer';
import { createReviewStore } from './reviewStore';
import { workerTransport } from './transports';

/** A reviewer that answers only when the test says so, like a worker still busy. */
function heldTransport() {
  const review = createReviewer();
  const requests: ReviewRequest[] = [];
  const responses: ReviewResponse[] = [];
  let receive: (response: ReviewResponse) => void = () => {};
  const transport: ReviewTransport = { post: (request) => void requests.push(request), onResponse: (callback) => void (receive = callback) };
  const answer = () => {
    const response = review(requests.at(-1)!);
    responses.push(response);
    receive(response);
  };
  return { transport, requests, responses, answer };
}

function setUp() {
  const document = createDocumentStore(structuredClone(fanOut));
  const session = createSessionStore();
  const reviews = createReviewStore();
  const reviewer = heldTransport();
  connectReview(document, session, reviews, reviewer.transport);
  return { document, session, reviews, reviewer };
}

const unownedService = (document: ReturnType<typeof createDocumentStore>) => document.getState().addNode('service', { x: 0, y: 0 });

describe('the review from the reviewer', () => {
  it('arrives after an edit, and until then the previous review stays on show', () => {
    const { document, reviews, reviewer } = setUp();
    reviewer.answer();
    const first = reviews.getState().analysis;
    expect(first.findings).toEqual(analyze(fanOut).findings.map(plainFinding));

    unownedService(document);
    expect(reviews.getState().analysis).toBe(first);
    reviewer.answer();
    expect(reviews.getState().analysis.findings).toEqual(analyze(document.getState().doc).findings.map(plainFinding));
    expect(reviews.getState().analysis.findings).not.toEqual(first.findings);
  });

  it('a stale review never overwrites a newer one', () => {
    const reviews = createReviewStore();
    const review = createReviewer();
    const older = review({ version: 1, doc: fanOut, answersFor: [] });
    const newer = review({ version: 2, doc: { ...fanOut, nodes: fanOut.nodes.slice(1) }, answersFor: [] });
    expect(reviews.getState().receive(newer)).toBe(true);
    expect(reviews.getState().receive(older)).toBe(false);
    expect(reviews.getState().version).toBe(2);
    expect(reviews.getState().analysis.findings).toBe(newer.findings);
  });

  it('edits made while the reviewer works are sent as one, the latest document', () => {
    const { document, reviews, reviewer } = setUp();
    unownedService(document);
    unownedService(document);
    unownedService(document);
    expect(reviewer.requests).toHaveLength(1);
    reviewer.answer();
    expect(reviewer.requests).toHaveLength(2);
    expect(reviewer.requests[1]!.doc).toBe(document.getState().doc);
    reviewer.answer();
    expect(reviews.getState().analysis.findings).toEqual(analyze(document.getState().doc).findings.map(plainFinding));
  });

  it('a new title is not sent to the reviewer at all: the review stays as it was', () => {
    const { document, reviews, reviewer } = setUp();
    reviewer.answer();
    const analysis = reviews.getState().analysis;
    document.getState().setTitle('Renamed');
    expect(reviewer.requests).toHaveLength(1);
    expect(reviews.getState().analysis).toBe(analysis);
    // The next edit that matters is sent whole, with the new title.
    unownedService(document);
    expect(reviewer.requests[1]!.doc).toBe(document.getState().doc);
  });

  it('a node moved is not sent either (the analysis does not read positions); a fact changed is', () => {
    const { document, reviewer } = setUp();
    reviewer.answer();
    document.getState().moveNodes(new Map([['serviceA', { x: 999, y: 999 }]]));
    expect(reviewer.requests).toHaveLength(1);
    document.getState().updateElement({ type: 'node', id: 'serviceA' }, { idempotent: true });
    expect(reviewer.requests[1]!.doc).toBe(document.getState().doc);
  });

  it('a selection after a retitle asks for answers without sending the document again', () => {
    const { document, session, reviewer } = setUp();
    reviewer.answer();
    document.getState().setTitle('Renamed');
    session.getState().set({ selection: ['serviceA'] });
    expect(reviewer.requests[1]!.doc).toBeUndefined();
    expect(reviewer.requests[1]).toMatchObject({ answersFor: ['serviceA'] });
    reviewer.answer();
    expect(Object.keys(reviewer.responses[1]!.answers)).toEqual(['serviceA']);
  });

  it('a rename sends the new names, not the document, and the review that comes back is of the renamed map', () => {
    const { document, reviews, reviewer } = setUp();
    reviewer.answer();
    const node = document.getState().doc.nodes[2]!;
    document.getState().updateElement({ type: 'node', id: node.id }, { label: 'Payments ledger' });
    expect(reviewer.requests[1]!.doc).toBeUndefined();
    expect(reviewer.requests[1]!.labels).toEqual([{ index: 2, label: 'Payments ledger' }]);
    reviewer.answer();
    expect(reviews.getState().analysis.findings).toEqual(analyze(document.getState().doc).findings.map(plainFinding));
  });

  it('findings left out that are not the ones held are refused, and the document is sent again', () => {
    const { reviews, reviewer } = setUp();
    reviewer.answer();
    const taken = reviews.getState().receive({ version: 5, findingsOf: 4, answers: {} });
    expect(taken).toBe(false);
    expect(reviews.getState().version).toBe(1);
  });

  it('carries the selected node’s answers, and every node’s while a lens is on', () => {
    const { document, session, reviews, reviewer } = setUp();
    reviewer.answer();
    const [first, second] = document.getState().doc.nodes;
    session.getState().set({ selection: [first!.id] });
    expect(reviewer.requests[1]!.doc).toBeUndefined();
    reviewer.answer();
    expect(Object.keys(reviews.getState().analysis.answers)).toEqual([first!.id]);
    expect(reviews.getState().analysis.answers[first!.id]).toEqual(analyze(document.getState().doc).answers[first!.id]);
    session.getState().set({ lens: 'ownership' });
    reviewer.answer();
    expect(Object.keys(reviews.getState().analysis.answers)).toContain(second!.id);
    expect(Object.keys(reviews.getState().analysis.answers)).toHaveLength(document.getState().doc.nodes.length);
  });

  it('runs in process where no worker can start', async () => {
    const document = createDocumentStore(structuredClone(fanOut));
    const reviews = createReviewStore();
    connectReview(document, createSessionStore(), reviews, workerTransport());
    await new Promise((done) => setTimeout(done, 10));
    expect(reviews.getState().analysis.findings).toEqual(analyze(fanOut).findings.map(plainFinding));
  });
});
