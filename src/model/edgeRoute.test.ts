import { describe, expect, it } from 'vitest';
import { ARROW_GAP, labelBox, parallelSlots, pointAt, routeEdge, routeLoop, routePath } from './edgeRoute';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 60 });

describe('routeEdge', () => {
  it('runs from the right side of the source to the left side of a target to its right', () => {
    const route = routeEdge(box(0, 0), box(300, 40));
    expect(route.horizontal).toBe(true);
    expect(route.start).toEqual({ x: 100, y: 30 });
    expect(route.end).toEqual({ x: 300 - ARROW_GAP, y: 70 });
    expect(route.c1.x).toBeGreaterThan(route.start.x);
    expect(route.c2.x).toBeLessThan(route.end.x);
  });

  it('runs leftwards from the left side to a target on the left', () => {
    const route = routeEdge(box(300, 0), box(0, 0));
    expect([route.start.x, route.end.x]).toEqual([300, 100 + ARROW_GAP]);
  });

  it('goes through bottom and top between stacked nodes, either way', () => {
    const down = routeEdge(box(0, 0), box(20, 200));
    expect(down.horizontal).toBe(false);
    expect(down.start).toEqual({ x: 50, y: 60 });
    expect(down.end).toEqual({ x: 70, y: 200 - ARROW_GAP });
    const up = routeEdge(box(20, 200), box(0, 0));
    expect([up.start.y, up.end.y]).toEqual([200, 60 + ARROW_GAP]);
  });

  it('slides both ends by the offset, staying on the sides', () => {
    const route = routeEdge(box(0, 0), box(300, 0), 12);
    expect([route.start.y, route.end.y]).toEqual([42, 42]);
    const clamped = routeEdge(box(0, 0), box(300, 0), 500);
    expect(clamped.start.y).toBeLessThanOrEqual(60);
  });
});

describe('routeLoop', () => {
  it('leaves through the top and comes back into the right side, outside the node, and a second loop reaches further', () => {
    const node = box(0, 0);
    const first = routeLoop(node);
    expect(first.start.y).toBe(0);
    expect(first.start.x).toBeGreaterThan(50);
    expect(first.end.x).toBe(100 + ARROW_GAP);
    expect(first.end.y).toBeGreaterThan(0);
    expect(first.end.y).toBeLessThan(60);
    // The middle of the loop, where its label goes, is outside the node.
    const middle = pointAt(first, 0.5);
    expect(middle.x > 100 || middle.y < 0).toBe(true);
    expect(routeLoop(node, 1).c1.y).toBeLessThan(first.c1.y);
  });
});

describe('routePath', () => {
  it('is an SVG cubic from start to end', () => {
    expect(routePath(routeEdge(box(0, 0), box(300, 0)))).toBe(`M100 30C198 30 198 30 ${300 - ARROW_GAP} 30`);
  });
});

describe('labelBox', () => {
  const size = { width: 120, height: 17 };
  it('centres the label on a long arrow', () => {
    const route = routeEdge(box(0, 0), box(400, 0));
    const tag = labelBox(route, 0.5, size, [box(0, 0), box(400, 0)]);
    expect(tag.x + tag.width / 2).toBeCloseTo(pointAt(route, 0.5).x);
    expect(tag.y + tag.height / 2).toBe(30);
  });

  it('moves a label wider than a short arrow off the line, clear of both nodes', () => {
    const [a, b] = [box(0, 0), box(160, 0)];
    const tag = labelBox(routeEdge(a, b), 0.5, size, [a, b]);
    for (const node of [a, b]) expect(tag.y + tag.height <= node.y || tag.y >= node.y + node.height).toBe(true);
  });

  it('moves a label beside an upright arrow', () => {
    const [a, b] = [box(0, 0), box(0, 72)];
    const tag = labelBox(routeEdge(a, b), 0.5, size, [a, b]);
    expect(tag.x >= 100 || tag.x + tag.width <= 0).toBe(true);
  });
});

describe('pointAt', () => {
  it('is the start at 0, the end at 1 and between them in the middle', () => {
    const route = routeEdge(box(0, 0), box(300, 0));
    expect(pointAt(route, 0)).toEqual(route.start);
    expect(pointAt(route, 1)).toEqual(route.end);
    expect(pointAt(route, 0.5)).toEqual({ x: 200 - ARROW_GAP / 2, y: 30 });
  });
});

describe('parallelSlots', () => {
  it('leaves a lone arrow on the centre line with its label in the middle', () => {
    expect(parallelSlots([{ id: 'e', source: 'a', target: 'b' }]).get('e')).toEqual({ offset: 0, along: 0.5, index: 0 });
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
    expect(slots.get('ac')).toEqual({ offset: 0, along: 0.5, index: 0 });
  });
});
