import { describe, expect, it } from 'vitest';
import { lineUp } from './lineUp';

const boxes = (...list: [string, number, number, number, number][]) => new Map(list.map(([id, x, y, width, height]) => [id, { x, y, width, height }]));

describe('lineUp', () => {
  const three = boxes(['a', 0, 0, 100, 40], ['b', 50, 100, 200, 60], ['c', 400, 30, 80, 40]);

  it('lines up left edges, centres and right edges on the selection’s bounds', () => {
    expect(lineUp(three, 'left')).toEqual(new Map([['b', { x: 0, y: 100 }], ['c', { x: 0, y: 30 }]]));
    expect(lineUp(three, 'right')).toEqual(new Map([['a', { x: 380, y: 0 }], ['b', { x: 280, y: 100 }]]));
    // The bounds run from 0 to 480: centres on 240.
    expect(lineUp(three, 'centre')).toEqual(new Map([['a', { x: 190, y: 0 }], ['b', { x: 140, y: 100 }], ['c', { x: 200, y: 30 }]]));
  });

  it('lines up tops, middles and bottoms', () => {
    expect(lineUp(three, 'top')).toEqual(new Map([['b', { x: 50, y: 0 }], ['c', { x: 400, y: 0 }]]));
    expect(lineUp(three, 'bottom')).toEqual(new Map([['a', { x: 0, y: 120 }], ['c', { x: 400, y: 120 }]]));
    expect(lineUp(three, 'middle').get('b')).toEqual({ x: 50, y: 50 });
  });

  it('distributes with equal gaps, keeping the outermost two in place', () => {
    // Widths 100 + 200 + 80 over a span of 480: two gaps of 50.
    const moved = lineUp(three, 'distribute-horizontally');
    expect(moved).toEqual(new Map([['b', { x: 150, y: 100 }]]));
    const vertical = lineUp(boxes(['a', 0, 0, 10, 10], ['b', 0, 15, 10, 10], ['c', 0, 100, 10, 10], ['d', 0, 20, 10, 10]), 'distribute-vertically');
    // Ordered by centre: a, b, d, c; span 110 minus 40 of boxes: gaps of 70 / 3.
    expect(vertical.get('b')!.y).toBeCloseTo(10 + 70 / 3);
    expect(vertical.get('d')!.y).toBeCloseTo(20 + 140 / 3);
    expect(vertical.has('a') || vertical.has('c')).toBe(false);
  });

  it('moves nothing when there are too few boxes or they are already arranged', () => {
    expect(lineUp(boxes(['a', 0, 0, 10, 10]), 'left').size).toBe(0);
    expect(lineUp(boxes(['a', 0, 0, 10, 10], ['b', 50, 0, 10, 10]), 'distribute-horizontally').size).toBe(0);
    expect(lineUp(boxes(['a', 0, 0, 10, 10], ['b', 0, 50, 30, 10]), 'left').size).toBe(0);
  });
});
