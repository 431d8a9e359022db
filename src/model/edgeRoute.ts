import type { Box } from './geometry';
import { textWidth } from './textMetrics';

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
/** The arrowhead's tip stops this far short of the target's border, so the border never hides it. */
export const ARROW_GAP = 4;
/** A loop's reach out of its node's top-right corner, and how much further each next loop on the node reaches. */
const LOOP_REACH = 64;
const LOOP_STEP = 16;

const centre = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/**
 * A gentle cubic from the border of `source` to the border of `target`, leaving and entering through the sides
 * that face each other (so an arrow drawn backwards, or up, is seen end to end). `offset` slides both ends
 * along their side, to separate parallel arrows.
 */
export function routeEdge(source: Box, target: Box, offset = 0): Route {
  const [from, to] = [centre(source), centre(target)];
  const [dx, dy] = [to.x - from.x, to.y - from.y];
  // Side by side (with a gap between them), the arrow runs through the left and right sides, as in a left-to-right flow.
  const gapX = Math.abs(dx) - (source.width + target.width) / 2;
  const horizontal = gapX > 0 || gapX >= Math.abs(dy) - (source.height + target.height) / 2;
  const slide = (box: Box, length: number) => Math.max(-length / 2 + 8, Math.min(length / 2 - 8, offset)) + (horizontal ? centre(box).y : centre(box).x);
  const direction = Math.sign(horizontal ? dx : dy) || 1;
  const gap = ARROW_GAP * direction;
  const start = horizontal
    ? { x: direction > 0 ? source.x + source.width : source.x, y: slide(source, source.height) }
    : { x: slide(source, source.width), y: direction > 0 ? source.y + source.height : source.y };
  const end = horizontal
    ? { x: (direction > 0 ? target.x : target.x + target.width) - gap, y: slide(target, target.height) }
    : { x: slide(target, target.width), y: (direction > 0 ? target.y : target.y + target.height) - gap };
  const reach = Math.max(MIN_CONTROL, Math.abs(horizontal ? end.x - start.x : end.y - start.y) / 2) * direction;
  const c1 = horizontal ? { x: start.x + reach, y: start.y } : { x: start.x, y: start.y + reach };
  const c2 = horizontal ? { x: end.x - reach, y: end.y } : { x: end.x, y: end.y - reach };
  return { start, end, c1, c2, horizontal };
}

/** An arrow from a node to itself: out of the top, round the top-right corner and back into the right side. */
export function routeLoop(box: Box, index = 0): Route {
  const reach = LOOP_REACH + index * LOOP_STEP;
  const right = box.x + box.width;
  const start = { x: right - Math.min(box.width / 3, 24 + index * 8), y: box.y };
  const end = { x: right + ARROW_GAP, y: box.y + Math.min(box.height / 2, 18 + index * 6) };
  return { start, end, c1: { x: start.x, y: start.y - reach }, c2: { x: end.x + reach, y: end.y }, horizontal: true };
}

/** The point at `t` (0 to 1) along a route. */
export function pointAt({ start, c1, c2, end }: Route, t: number): Point {
  const u = 1 - t;
  const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return { x: a * start.x + b * c1.x + c * c2.x + d * end.x, y: a * start.y + b * c1.y + c * c2.y + d * end.y };
}

/** The SVG path of a route. */
export function routePath({ start, c1, c2, end }: Route): string {
  const n = (v: number) => Math.round(v * 10) / 10;
  return `M${n(start.x)} ${n(start.y)}C${n(c1.x)} ${n(c1.y)} ${n(c2.x)} ${n(c2.y)} ${n(end.x)} ${n(end.y)}`;
}

/** How an arrow's label is set, on the canvas and in exports: a pill this high, padded this much each side. */
export const EDGE_LABEL = { font: { size: 11 }, height: 18, padding: 6 } as const;

export const edgeLabelSize = (label: string) => ({ width: Math.ceil(textWidth(label, EDGE_LABEL.font)) + 2 * EDGE_LABEL.padding, height: EDGE_LABEL.height });

/** Room kept between a label and a node. */
const LABEL_CLEARANCE = 4;
/** How far off its line a label may move to clear the nodes, in steps of this much. */
const LABEL_STEP = 4;
const LABEL_REACH = 240;
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + LABEL_CLEARANCE && b.x < a.x + a.width + LABEL_CLEARANCE && a.y < b.y + b.height + LABEL_CLEARANCE && b.y < a.y + a.height + LABEL_CLEARANCE;

/**
 * Where a label of `size` goes along a route: at `along` when it is clear of the nodes in `avoid` (the arrow's
 * ends), else moved off the line (above a sideways arrow, beside an upright one) until it is clear.
 */
export function labelBox(route: Route, along: number, size: { width: number; height: number }, avoid: readonly Box[]): Box {
  const at = pointAt(route, along);
  const boxAt = (x: number, y: number): Box => ({ x: x - size.width / 2, y: y - size.height / 2, width: size.width, height: size.height });
  const clear = (box: Box) => !avoid.some((node) => overlaps(box, node));
  const first = boxAt(at.x, at.y);
  if (clear(first)) return first;
  // The nearest clear place off the line: a little further each step, first above (or left), then below (or right).
  for (let shift = LABEL_STEP; shift <= LABEL_REACH; shift += LABEL_STEP) {
    for (const sign of [-1, 1]) {
      const box = route.horizontal ? boxAt(at.x, at.y + sign * shift) : boxAt(at.x + sign * shift, at.y);
      if (clear(box)) return box;
    }
  }
  return first;
}

/** Where an arrow sits among the arrows joining the same two nodes. */
export interface Slot {
  /** Slides both ends along their sides, fanning the arrows out around the centre line. */
  offset: number;
  /** How far along the arrow (0 to 1) its label goes, staggered so parallel labels do not cover each other. */
  along: number;
  /** Its place among them, from 0: a node's second loop reaches further out than its first. */
  index: number;
}

export function parallelSlots(edges: readonly { id: string; source: string; target: string }[]): Map<string, Slot> {
  const groups = new Map<string, { id: string; reversed: boolean }[]>();
  for (const edge of edges) {
    const reversed = edge.source > edge.target;
    const key = reversed ? `${edge.target}\n${edge.source}` : `${edge.source}\n${edge.target}`;
    const group = groups.get(key);
    if (group) group.push({ id: edge.id, reversed });
    else groups.set(key, [{ id: edge.id, reversed }]);
  }
  const slots = new Map<string, Slot>();
  for (const group of groups.values()) {
    group.forEach(({ id, reversed }, index) => {
      // Measured from the same end for every arrow of the group, whichever way each one points.
      const along = (index + 1) / (group.length + 1);
      slots.set(id, { offset: (index - (group.length - 1) / 2) * PARALLEL_SPACING, along: reversed ? 1 - along : along, index });
    });
  }
  return slots;
}
