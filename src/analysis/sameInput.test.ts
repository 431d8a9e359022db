import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../model';
import { analyze } from './analyze';
import { sameToTheAnalysis } from './sameInput';
import { anyDocument, diagram } from './testing';

/** The document redrawn: every node moved and annotated, a boundary moved, another title. */
const redrawn = (doc: FlowDocument, dx: number): FlowDocument => ({
  ...doc,
  title: `${doc.title} (moved)`,
  nodes: doc.nodes.map((node, i) => ({ ...node, position: { x: i * dx, y: dx }, notes: `note ${i}` })),
  ...(doc.groups ? { groups: doc.groups.map((g) => ({ ...g, position: { x: dx, y: dx }, label: `${g.label}!` })) } : {}),
});

describe('sameToTheAnalysis', () => {
  it('holds for a redrawn document, and the analysis of both is indeed the same', () => {
    fc.assert(fc.property(anyDocument, fc.integer({ min: 1, max: 500 }), (doc, dx) => {
      const moved = redrawn(doc, dx);
      expect(sameToTheAnalysis(doc, moved)).toBe(true);
      expect(JSON.stringify(analyze(moved, { today: '2026-01-01' }))).toBe(JSON.stringify(analyze(doc, { today: '2026-01-01' })));
    }), { seed: 12, numRuns: 60 });
  });

  it('fails for any change the analysis reads: a label, a fact, an arrow, a boundary’s owner, a waiver', () => {
    const doc = diagram({ api: 'service', db: ['store', { entities: ['order'] }] }, ['api write db'], { team: { owner: 'core' } });
    const changes: ((d: FlowDocument) => FlowDocument)[] = [
      (d) => ({ ...d, nodes: d.nodes.map((n) => (n.id === 'db' ? { ...n, label: 'Orders' } : n)) }),
      (d) => ({ ...d, nodes: d.nodes.map((n) => (n.id === 'db' ? { ...n, entities: ['invoice'] } : n)) }),
      (d) => ({ ...d, nodes: d.nodes.map((n) => (n.id === 'api' ? { ...n, idempotent: true } : n)) }),
      (d) => ({ ...d, nodes: d.nodes.map((n) => (n.id === 'api' ? { ...n, group: 'team' } : n)) }),
      (d) => ({ ...d, edges: d.edges.map((e) => ({ ...e, retries: 2 })) }),
      (d) => ({ ...d, edges: [] }),
      (d) => ({ ...d, groups: d.groups!.map((g) => ({ ...g, owner: 'billing' })) }),
      (d) => ({ ...d, waivers: [{ fingerprint: 'validate-input|db|', reason: 'known', createdAt: '2026-01-01T00:00:00Z' }] }),
    ];
    for (const change of changes) expect(sameToTheAnalysis(doc, change(doc))).toBe(false);
    expect(sameToTheAnalysis(doc, structuredClone(doc))).toBe(true);
    expect(sameToTheAnalysis(doc, redrawn(doc, 5))).toBe(true);
    const inBoundary = { ...doc, nodes: doc.nodes.map((n) => ({ ...n, group: 'team' })) };
    expect(JSON.stringify(analyze(redrawn(inBoundary, 5)))).toBe(JSON.stringify(analyze(inBoundary)));
  });
});
