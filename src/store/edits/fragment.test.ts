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

describe('fragments with boundaries and notes', () => {
  const framed = {
    ...doc,
    nodes: doc.nodes.map((n) => (n.id === 'c' ? n : { ...n, group: 'zone' })),
    groups: [{ id: 'zone', label: 'Zone', kind: 'team' as const, position: { x: 80, y: 60 }, size: { width: 400, height: 200 } }],
    notes: [{ id: 'memo', text: 'Memo', position: { x: 600, y: 40 } }],
  };

  it('a copied boundary brings its nodes and the arrows among them; a copied node leaves its boundary behind', () => {
    const fragment = extractFragment(framed, ['zone', 'memo']);
    expect(fragment.nodes.map((n) => n.id)).toEqual(['a', 'q']);
    expect(fragment.edges.map((e) => e.id)).toEqual(['e-1']);
    expect(fragment.notes?.map((n) => n.id)).toEqual(['memo']);
    expect(loadDocument(fragment).ok).toBe(true);
    const alone = extractFragment(framed, ['a']);
    expect(alone.nodes[0]).not.toHaveProperty('group');
    expect(alone.groups).toBeUndefined();
    expect(loadDocument(alone).ok).toBe(true);
  });

  it('pastes boundaries, their nodes and notes with fresh ids, the nodes in the new boundary, placed from the top-left of them all', () => {
    const { doc: next, ids } = insertFragment(framed, extractFragment(framed, ['zone', 'memo']), { x: 1000, y: 1000 });
    expect(loadDocument(next).ok).toBe(true);
    const [zone, a, q, , memo] = ids;
    expect(ids).toHaveLength(5);
    expect(next.groups![1]).toMatchObject({ id: zone, label: 'Zone', position: { x: 1000, y: 1020 } });
    expect(zone).not.toBe('zone');
    expect(next.nodes.filter((n) => n.id === a || n.id === q).map((n) => [n.group, n.position])).toEqual([[zone, { x: 1020, y: 1060 }], [zone, { x: 1220, y: 1100 }]]);
    expect(next.notes![1]).toMatchObject({ id: memo, text: 'Memo', position: { x: 1520, y: 1000 } });
  });
});

