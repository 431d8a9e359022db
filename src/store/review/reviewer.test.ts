import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../../model';
import { generateDiagram } from '../../../bench/generate';
import { fanOut } from '../../templates';
import { createReviewer } from './reviewer';
import { createReviewStore } from './reviewStore';

const moved = (doc: FlowDocument): FlowDocument => ({ ...doc, nodes: doc.nodes.map((n) => ({ ...n, position: { x: 1, y: 2 } })) });
const renamed = (doc: FlowDocument, id: string): FlowDocument => ({ ...doc, nodes: doc.nodes.map((n) => (n.id === id ? { ...n, label: 'Renamed' } : n)) });

describe('the reviewer', () => {
  it('does not analyse again a document whose nodes only moved: the answers are the ones it computed', () => {
    const review = createReviewer();
    const doc = structuredClone(fanOut);
    const first = review({ version: 1, doc, answersFor: 'all' });
    const second = review({ version: 2, doc: moved(doc), answersFor: 'all', known: 1 });
    const id = doc.nodes[0]!.id;
    expect(second.answers[id]).toBe(first.answers[id]);
    expect(second.findings).toBeUndefined();
    expect(second.findingsOf).toBe(1);
  });

  it('analyses a renamed node again, and sends the findings that name it', () => {
    const review = createReviewer();
    const doc = structuredClone(fanOut);
    const first = review({ version: 1, doc, answersFor: 'all' });
    const id = first.findings![0]!.nodes[0]!;
    const second = review({ version: 2, doc: renamed(doc, id), answersFor: 'all', known: 1 });
    expect(second.answers[id]).not.toBe(first.answers[id]);
    expect(second.findingsOf).toBe(2);
    expect(JSON.stringify(second.findings)).toContain('Renamed');
  });

  it('answers a rename with a patch of the findings that name the node: applied, they are a fresh review of the renamed map', () => {
    const review = createReviewer();
    const doc = generateDiagram(300, 5);
    const first = review({ version: 1, doc, answersFor: [] });
    const id = first.findings![0]!.nodes[0]!;
    const after = renamed(doc, id);
    const second = review({ version: 2, doc: after, answersFor: [id], known: 1 });
    const fresh = createReviewer()({ version: 2, doc: after, answersFor: [id] });
    expect(second.findings).toBeUndefined();
    expect(second.patch).toMatchObject({ of: 1, at: expect.any(Array) });
    expect(second.patch!.at.length).toBeGreaterThan(0);
    const page = createReviewStore();
    expect(page.getState().receive(first) && page.getState().receive(second)).toBe(true);
    expect(page.getState().analysis.findings).toEqual(fresh.findings);
    const patched = new Set(second.patch!.at);
    page.getState().analysis.findings.forEach((f, i) => (patched.has(i) ? expect(f.message).toContain('Renamed') : expect(f).toBe(first.findings![i])));
    expect(second.answers).toEqual(fresh.answers);
  });

  it('sends the findings whole to a page that holds others than the ones a patch would change', () => {
    const review = createReviewer();
    const doc = generateDiagram(300, 5);
    const id = review({ version: 1, doc, answersFor: [] }).findings![0]!.nodes[0]!;
    const second = review({ version: 2, doc: renamed(doc, id), answersFor: [], known: 0 });
    expect(second.patch).toBeUndefined();
    expect(second.findings).toHaveLength(createReviewer()({ version: 1, doc, answersFor: [] }).findings!.length);
    const page = createReviewStore();
    expect(page.getState().receive({ version: 3, findingsOf: 3, answers: {}, patch: { of: 2, at: [0], findings: [] } })).toBe(false);
  });
});
