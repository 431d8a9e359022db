import { describe, expect, it } from 'vitest';
import { parallelSlots, pointAt, routeEdge } from './edgeRoute';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 60 });

describe('routeEdge', () => {
  it('runs from the right side of the source to the left side of a target to its right', () => {
    const route = routeEdge(box(0, 0), box(300, 40));
    expect(route.horizontal).toBe(true);
    expect(route.start).toEqual({ x: 100, y: 30 });
    expect(route.end).toEqual({ x: 300, y: 70 });
    expect(route.c1.x).toBeGreaterThan(route.start.x);
    expect(route.c2.x).toBeLessThan(route.end.x);
  });

  it('runs leftwards from the left side to a target on the left', () => {
    const route = routeEdge(box(300, 0), box(0, 0));
    expect([route.start.x, route.end.x]).toEqual([300, 100]);
  });

  it('goes through bottom and top between stacked nodes, either way', () => {
    const down = routeEdge(box(0, 0), box(20, 200));
    expect(down.horizontal).toBe(false);
    expect(down.start).toEqual({ x: 50, y: 60 });
    expect(down.end).toEqual({ x: 70, y: 200 });
    const up = routeEdge(box(20, 200), box(0, 0));
    expect([up.start.y, up.end.y]).toEqual([200, 60]);
  });

  it('slides both ends by the offset, staying on the sides', () => {
    const route = routeEdge(box(0, 0), box(300, 0), 12);
    expect([route.start.y, route.end.y]).toEqual([42, 42]);
    const clamped = routeEdge(box(0, 0), box(300, 0), 500);
    expect(clamped.start.y).toBeLessThanOrEqual(60);
  });
});

describe('pointAt', () => {
  it('is the start at 0, the end at 1 and between them in the middle', () => {
    const route = routeEdge(box(0, 0), box(300, 0));
    expect(pointAt(route, 0)).toEqual(route.start);
    expect(pointAt(route, 1)).toEqual(route.end);
    expect(pointAt(route, 0.5)).toEqual({ x: 200, y: 30 });
  });
});

describe('parallelSlots', () => {
  it('leaves a lone arrow on the centre line with its label in the middle', () => {
    expect(parallelSlots([{ id: 'e', source: 'a', target: 'b' }]).get('e')).toEqual({ offset: 0, along: 0.5 });
  });

  it('fans out arrows between the same two nodes, either way round, and staggers their labels', () => {
    const slots = parallelSlots([
      { id: 'ab', source: 'a', target: 'b' },
      { id: 'ba', source: 'b', target: 'a' },
      { id: 'ac', source: 'a', target: 'c' },
    ]);
    const [ab, ba] = [slots.get('ab')!, slots.get('ba')!];
    expect(ab.offset).toBe(-ba.offset);
    expect(ab.offset).not.toBe(0);
    // Both measured from "a": one third and two thirds of the way.
    expect([ab.along, 1 - ba.along]).toEqual([1 / 3, 2 / 3]);
    expect(slots.get('ac')).toEqual({ offset: 0, along: 0.5 });
  });
});
