import { describe, expect, it } from 'vitest';
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
});
