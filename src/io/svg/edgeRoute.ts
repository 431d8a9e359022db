import type { Box } from './placement';

export interface Point {
  x: number;
  y: number;
}

export interface Route {
  start: Point;
  end: Point;
  /** The cubic's control points. */
  c1: Point;
  c2: Point;
  /** Leaves and enters through left and right sides (else through top and bottom). */
  horizontal: boolean;
}

/** Distance between parallel arrows joining the same two nodes. */
const PARALLEL_SPACING = 22;
const MIN_CONTROL = 30;

const centre = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/**
 * A gentle cubic from the border of `source` to the border of `target`, leaving and entering through the facing
 * sides. `offset` slides both ends along their side, to separate parallel arrows.
 */
export function routeEdge(source: Box, target: Box, offset = 0): Route {
  const [from, to] = [centre(source), centre(target)];
  const [dx, dy] = [to.x - from.x, to.y - from.y];
  // Side by side (with a gap between them), the arrow runs through the left and right sides, as in a left-to-right flow.
  const gapX = Math.abs(dx) - (source.width + target.width) / 2;
  const horizontal = gapX > 0 || gapX >= Math.abs(dy) - (source.height + target.height) / 2;
  const slide = (box: Box, length: number) => Math.max(-length / 2 + 8, Math.min(length / 2 - 8, offset)) + (horizontal ? centre(box).y : centre(box).x);
  const direction = Math.sign(horizontal ? dx : dy) || 1;
  const start = horizontal
    ? { x: direction > 0 ? source.x + source.width : source.x, y: slide(source, source.height) }
    : { x: slide(source, source.width), y: direction > 0 ? source.y + source.height : source.y };
  const end = horizontal
    ? { x: direction > 0 ? target.x : target.x + target.width, y: slide(target, target.height) }
    : { x: slide(target, target.width), y: direction > 0 ? target.y : target.y + target.height };
  const reach = Math.max(MIN_CONTROL, Math.abs(horizontal ? end.x - start.x : end.y - start.y) / 2) * direction;
  const c1 = horizontal ? { x: start.x + reach, y: start.y } : { x: start.x, y: start.y + reach };
  const c2 = horizontal ? { x: end.x - reach, y: end.y } : { x: end.x, y: end.y - reach };
  return { start, end, c1, c2, horizontal };
}

/** The point at `t` (0 to 1) along a route. */
export function pointAt({ start, c1, c2, end }: Route, t: number): Point {
  const u = 1 - t;
  const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return { x: a * start.x + b * c1.x + c * c2.x + d * end.x, y: a * start.y + b * c1.y + c * c2.y + d * end.y };
}

/** Where an arrow sits among the arrows joining the same two nodes. */
export interface Slot {
  /** Slides both ends along their sides, fanning the arrows out around the centre line. */
  offset: number;
  /** How far along the arrow (0 to 1) its label goes, staggered so parallel labels do not cover each other. */
  along: number;
}

export function parallelSlots(edges: readonly { id: string; source: string; target: string }[]): Map<string, Slot> {
  const groups = new Map<string, { id: string; reversed: boolean }[]>();
  for (const edge of edges) {
    const reversed = edge.source > edge.target;
    const key = JSON.stringify(reversed ? [edge.target, edge.source] : [edge.source, edge.target]);
    const group = groups.get(key);
    if (group) group.push({ id: edge.id, reversed });
    else groups.set(key, [{ id: edge.id, reversed }]);
  }
  const slots = new Map<string, Slot>();
  for (const group of groups.values()) {
    group.forEach(({ id, reversed }, i) => {
      // Measured from the same end for every arrow of the group, whichever way each one points.
      const along = (i + 1) / (group.length + 1);
      slots.set(id, { offset: (i - (group.length - 1) / 2) * PARALLEL_SPACING, along: reversed ? 1 - along : along });
    });
  }
  return slots;
}
