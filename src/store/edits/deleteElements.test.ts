import { describe, expect, it } from 'vitest';
import { FlowDocument } from '../../model';
import { deleteElements } from './deleteElements';
import { docOf } from './testing';

const doc = docOf(
  [
    { id: 'a', kind: 'service', label: 'A' },
    { id: 'b', kind: 'service', label: 'B' },
    { id: 'c', kind: 'service', label: 'C' },
  ],
  [
    { id: 'ab', source: 'a', target: 'b', kind: 'request' },
    { id: 'bc', source: 'b', target: 'c', kind: 'request' },
  ],
);

describe('deleteElements', () => {
  it('removes a node with its attached edges', () => {
    const next = deleteElements(doc, ['b']);
    expect(next.nodes.map((n) => n.id)).toEqual(['a', 'c']);
    expect(next.edges).toEqual([]);
  });

  it('removes just an edge, and returns the same document when nothing matches', () => {
    expect(deleteElements(doc, ['ab']).edges.map((e) => e.id)).toEqual(['bc']);
    expect(deleteElements(doc, ['nope'])).toBe(doc);
  });

  it('keeps the comments on what it removes as comments on the diagram, so the document stays valid', () => {
    const at = '2026-11-25T10:00:00.000Z';
    const commented = { ...doc, comments: [
      { id: 'on-b', target: { type: 'node' as const, id: 'b' }, text: 'Why B?', createdAt: at },
      { id: 'on-bc', target: { type: 'edge' as const, id: 'bc' }, text: 'Sync?', createdAt: at },
      { id: 'on-a', target: { type: 'node' as const, id: 'a' }, text: 'Fine', createdAt: at },
    ] };
    const next = deleteElements(commented, ['b']);
    expect(next.comments!.map((c) => [c.id, c.target])).toEqual([['on-b', { type: 'diagram' }], ['on-bc', { type: 'diagram' }], ['on-a', { type: 'node', id: 'a' }]]);
    expect(FlowDocument.safeParse(next).success).toBe(true);
  });

  it('leaves the comments on a node that only leaves a removed boundary where they are', () => {
    const at = '2026-11-25T10:00:00.000Z';
    const grouped: FlowDocument = {
      ...doc,
      groups: [{ id: 'team', kind: 'team', label: 'Team', position: { x: 0, y: 0 }, size: { width: 400, height: 300 } }],
      nodes: doc.nodes.map((n) => (n.id === 'a' ? { ...n, group: 'team' } : n)),
      comments: [{ id: 'on-a', target: { type: 'node', id: 'a' }, text: 'Fine', createdAt: at }],
    };
    const next = deleteElements(grouped, ['team']);
    expect(next.nodes.find((n) => n.id === 'a')!.group).toBeUndefined();
    expect(next.comments).toEqual(grouped.comments);
  });
});
