import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../../model';
import { generateDiagram } from '../../../bench/generate';
import { fanOut } from '../../templates';
import { createReviewer } from './reviewer';

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

  it('answers a rename as a fresh review of the renamed map would, sending again only the findings it changed', () => {
    const review = createReviewer();
    const doc = generateDiagram(300, 5);
    const first = review({ version: 1, doc, answersFor: [] });
    const id = first.findings![0]!.nodes[0]!;
    const after = renamed(doc, id);
    const second = review({ version: 2, doc: after, answersFor: [id], known: 1 });
    const fresh = createReviewer()({ version: 2, doc: after, answersFor: [id] });
    expect(second.findings).toEqual(fresh.findings);
    expect(second.answers).toEqual(fresh.answers);
    const untouched = second.findings!.filter((f, i) => !JSON.stringify(f).includes('Renamed') && f === first.findings![i]);
    expect(untouched.length).toBeGreaterThan(second.findings!.length / 2);
  });
});
