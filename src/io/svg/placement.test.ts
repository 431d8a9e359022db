import { describe, expect, it } from 'vitest';
import { NODE_SIZE, type FlowNode } from '../../model';
import { boundsOf, placeNodes } from './placement';

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeNodes', () => {
  it('uses the document position and the kind’s box size', () => {
    const boxes = placeNodes([{ id: 'db', kind: 'store', label: 'DB', position: { x: 10, y: -20 } }]);
    expect(boxes.get('db')).toEqual({ x: 10, y: -20, ...NODE_SIZE.store });
  });

  it('puts nodes without a position on a grid below the placed ones, overlapping nothing', () => {
    const nodes: FlowNode[] = [
      { id: 'a', kind: 'service', label: 'A', position: { x: 0, y: 0 } },
      { id: 'b', kind: 'store', label: 'B', position: { x: 300, y: 100 } },
      ...['u1', 'u2', 'u3', 'u4', 'u5'].map((id): FlowNode => ({ id, kind: 'queue', label: id })),
    ];
    const boxes = [...placeNodes(nodes).values()];
    expect(boxes).toHaveLength(7);
    for (const box of boxes.slice(2)) expect(box.y).toBeGreaterThan(100 + NODE_SIZE.store.height);
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
  });

  it('starts the grid at the origin when nothing has a position', () => {
    expect(placeNodes([{ id: 'a', kind: 'actor', label: 'A' }]).get('a')).toEqual({ x: 0, y: 0, ...NODE_SIZE.actor });
  });
});

describe('boundsOf', () => {
  it('encloses every box, and is undefined for none', () => {
    expect(boundsOf([{ x: 0, y: 10, width: 5, height: 5 }, { x: -5, y: 0, width: 20, height: 2 }])).toEqual({ x: -5, y: 0, width: 20, height: 15 });
    expect(boundsOf([])).toBeUndefined();
  });
});
