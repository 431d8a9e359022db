import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../model';
import { extractFragment, insertFragment } from './fragment';
import { docOf } from './testing';

const doc = docOf(
  [
    { id: 'a', kind: 'service', label: 'A', position: { x: 100, y: 100 }, idempotent: true },
    { id: 'q', kind: 'queue', label: 'Q', position: { x: 300, y: 140 } },
    { id: 'c', kind: 'service', label: 'C', position: { x: 500, y: 100 } },
  ],
  [
    { id: 'e-1', source: 'a', target: 'q', kind: 'publish', schema: 'order@1' },
    { id: 'e-2', source: 'q', target: 'c', kind: 'consume' },
  ],
);

describe('extractFragment', () => {
  it('keeps the chosen nodes and the arrows between them, as a valid document', () => {
    const fragment = extractFragment(doc, ['a', 'q']);
    expect(fragment.nodes.map((n) => n.id)).toEqual(['a', 'q']);
    expect(fragment.edges.map((e) => e.id)).toEqual(['e-1']);
    expect(loadDocument(fragment).ok).toBe(true);
  });
});

describe('insertFragment', () => {
  it('pastes with fresh ids, keeps the arrows between pasted nodes and every fact, and moves the group', () => {
    const { doc: next, ids } = insertFragment(doc, extractFragment(doc, ['a', 'q']), { x: 140, y: 140 });
    expect(loadDocument(next).ok).toBe(true);
    const [service, queue, edge] = ids;
    expect(ids).toEqual([expect.stringMatching(/^service-/), expect.stringMatching(/^queue-/), expect.stringMatching(/^e-/)]);
    expect(new Set([...ids, ...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id)]).size).toBe(ids.length + doc.nodes.length + doc.edges.length);
    expect(next.nodes.slice(3)).toEqual([
      { id: service, kind: 'service', label: 'A', position: { x: 140, y: 140 }, idempotent: true },
      { id: queue, kind: 'queue', label: 'Q', position: { x: 340, y: 180 } },
    ]);
    expect(next.edges[2]).toEqual({ id: edge, source: service, target: queue, kind: 'publish', schema: 'order@1' });
  });

  it('keeps ids that are free and drops arrows whose ends are not in the fragment', () => {
    const fragment = { ...extractFragment(doc, ['a', 'q']), edges: [...doc.edges] };
    const { doc: next } = insertFragment(docOf([]), fragment, { x: 0, y: 0 });
    expect(next.nodes.map((n) => n.id)).toEqual(['a', 'q']);
    expect(next.edges.map((e) => e.id)).toEqual(['e-1']);
  });

  it('P5: a fragment spanning ±1e308 lands at finite positions, so the diagram can still be saved and opened', () => {
    const extreme = docOf([
      { id: 'p', kind: 'service', label: 'P', position: { x: 1e308, y: 0 } },
      { id: 'q', kind: 'service', label: 'Q', position: { x: -1e308, y: -1e308 } },
    ]);
    const { doc: next } = insertFragment(doc, extreme, { x: 10, y: 20 });
    const [p, q] = next.nodes.slice(3).map((n) => n.position);
    expect(q).toEqual({ x: 10, y: 20 });
    expect(p!.x).toBeGreaterThan(1e6);
    expect(Number.isFinite(p!.x)).toBe(true);
    expect(loadDocument(JSON.parse(JSON.stringify(next))).ok).toBe(true);
  });
});
