import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlowDocument, type FlowEdge, type FlowNode } from '../../model';
import { arbitraryDocument } from '../../io/testing/arbitraries';
import { simulate } from './simulate';
import { EDGE_FAULTS, NODE_FAULTS, type Fault, type WhatIf } from './types';

/** A document and one fault on one of its nodes or arrows. */
const scenarios = arbitraryDocument(10).chain((doc) => {
  const onNodes = fc.tuple(fc.constantFrom(...doc.nodes.map((n) => n.id)), fc.constantFrom(...NODE_FAULTS))
    .map(([id, kind]): Fault => ({ target: { type: 'node', id }, kind }));
  const onEdges = doc.edges.length === 0 ? onNodes : fc.tuple(fc.constantFrom(...doc.edges.map((e) => e.id)), fc.constantFrom(...EDGE_FAULTS))
    .map(([id, kind]): Fault => ({ target: { type: 'edge', id }, kind }));
  return fc.tuple(fc.constant(doc), fc.oneof(onNodes, onEdges));
});

const radius = (r: WhatIf) => new Set(r.affected.map((a) => `${a.type}:${a.id}`));

/** Facts and arrows that stop a spread, each applicable to some element of any document. */
type Mitigate = (doc: FlowDocument, pick: number) => FlowDocument;
const onNode = (fits: (n: FlowNode) => boolean, facts: object): Mitigate => (doc, pick) => {
  const fitting = doc.nodes.filter(fits);
  if (fitting.length === 0) return doc;
  const id = fitting[pick % fitting.length]!.id;
  return FlowDocument.parse({ ...doc, nodes: doc.nodes.map((n) => (n.id === id ? { ...n, ...facts } : n)) });
};
const onEdge = (fits: (e: FlowEdge) => boolean, facts: object): Mitigate => (doc, pick) => {
  const fitting = doc.edges.filter(fits);
  if (fitting.length === 0) return doc;
  const id = fitting[pick % fitting.length]!.id;
  return FlowDocument.parse({ ...doc, edges: doc.edges.map((e) => (e.id === id ? { ...e, ...facts } : e)) });
};
const fallback: Mitigate = (doc, pick) => {
  const from = doc.nodes[pick % doc.nodes.length]!.id;
  return FlowDocument.parse({ ...doc, edges: [...doc.edges, { id: 'fallback-added', source: from, target: from, kind: 'failure', mode: 'fallback' }] });
};
const MITIGATIONS: Mitigate[] = [
  onNode((n) => n.kind === 'service', { idempotent: true }),
  onNode((n) => n.kind === 'service' || n.kind === 'queue', { deadLetter: true }),
  onNode((n) => n.kind === 'queue', { lagAlert: true }),
  onNode((n) => n.kind === 'store' || n.kind === 'cache', { reconciliation: true }),
  onEdge((e) => e.kind !== 'failure', { idempotencyKey: true }),
  fallback,
];

/** The same document twice over, the copy's ids prefixed: two parts with no arrow between them. */
function beside(doc: FlowDocument, other: FlowDocument): FlowDocument {
  const id = (x: string) => `x${x}`;
  return FlowDocument.parse({
    ...doc,
    // The other part's boundaries are not carried over: its nodes leave their group behind.
    nodes: [...doc.nodes, ...other.nodes.map(({ group: _group, ...n }) => ({ ...n, id: id(n.id) }))],
    edges: [...doc.edges, ...other.edges.map((e) => ({ ...e, id: id(e.id), source: id(e.source), target: id(e.target) }))],
  });
}

describe('simulate on any valid document', () => {
  it('never throws, is deterministic, plain data, tells causes before consequences and names only what exists', () => {
    fc.assert(fc.property(scenarios, ([doc, fault]) => {
      const r = simulate(doc, fault);
      expect(simulate(structuredClone(doc), fault)).toEqual(r);
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      expect(r.steps[0]!.kind).toBe('fault');
      const ids = new Set([...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id)]);
      r.steps.forEach((step, i) => {
        expect(step.after).toBeLessThan(i);
        for (const id of [...step.nodes, ...step.edges]) expect(ids.has(id)).toBe(true);
      });
      for (const a of r.affected) expect(a.worst).toBe(a.effects[0]!.effect);
    }), { numRuns: 300 });
  }, 60_000);

  it('leaves a disconnected part untouched', () => {
    fc.assert(fc.property(scenarios, arbitraryDocument(8), ([doc, fault], other) => {
      const r = simulate(beside(doc, other), fault);
      const touched = [...r.affected.map((a) => a.id), ...r.stops.map((s) => s.id), ...r.quiet, ...r.steps.flatMap((s) => [...s.nodes, ...s.edges])];
      expect(touched.filter((id) => id.startsWith('x'))).toEqual([]);
    }), { numRuns: 200 });
  }, 60_000);

  it('never spreads further when a mitigation is added', () => {
    fc.assert(fc.property(scenarios, fc.constantFrom(...MITIGATIONS), fc.nat(), ([doc, fault], mitigate, pick) => {
      const before = radius(simulate(doc, fault));
      const after = radius(simulate(mitigate(doc, pick), fault));
      expect([...after].filter((x) => !before.has(x))).toEqual([]);
    }), { numRuns: 500 });
  }, 60_000);
});
