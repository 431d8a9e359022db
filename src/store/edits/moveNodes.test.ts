import { describe, expect, it } from 'vitest';
import { moveNodes } from './moveNodes';
import { docOf } from './testing';

describe('moveNodes', () => {
  const doc = docOf([
    { id: 'a', kind: 'service', label: 'A', position: { x: 0, y: 0 } },
    { id: 'b', kind: 'service', label: 'B' },
  ]);
  it('moves the given nodes only, rounding positions', () => {
    const next = moveNodes(doc, new Map([['b', { x: 10.2, y: 5.5 }]]));
    expect(next.nodes[1]?.position).toEqual({ x: 10, y: 6 });
    expect(next.nodes[0]).toBe(doc.nodes[0]);
  });

  it('returns the same document when nothing moves', () => {
    expect(moveNodes(doc, new Map([['a', { x: 0.2, y: 0 }]]))).toBe(doc);
  });
});
