import type { Box } from './geometry';

/** How a multi-selection is lined up: edges or centres on one line, or equal gaps between neighbours. */
export type LineUp = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom' | 'distribute-horizontally' | 'distribute-vertically';

type Axis = { start: 'x' | 'y'; size: 'width' | 'height' };
const HORIZONTAL: Axis = { start: 'x', size: 'width' };
const VERTICAL: Axis = { start: 'y', size: 'height' };

const ALIGN: Partial<Record<LineUp, { axis: Axis; at: 0 | 0.5 | 1 }>> = {
  left: { axis: HORIZONTAL, at: 0 },
  centre: { axis: HORIZONTAL, at: 0.5 },
  right: { axis: HORIZONTAL, at: 1 },
  top: { axis: VERTICAL, at: 0 },
  middle: { axis: VERTICAL, at: 0.5 },
  bottom: { axis: VERTICAL, at: 1 },
};

/** The fewest boxes each arrangement needs to mean anything. */
export const fewestToLineUp = (how: LineUp): number => (ALIGN[how] ? 2 : 3);

/**
 * The new top-left corners of the boxes that move. Aligning lines them up on the selection's bounds
 * (its left edge, its centre…); distributing keeps the outermost two where they are and spaces the
 * others so the gaps between neighbours are equal.
 */
export function lineUp(boxes: ReadonlyMap<string, Box>, how: LineUp): Map<string, { x: number; y: number }> {
  const moved = new Map<string, { x: number; y: number }>();
  if (boxes.size < fewestToLineUp(how)) return moved;
  const entries = [...boxes];
  const place = (id: string, box: Box, axis: Axis, start: number) => {
    if (Math.abs(start - box[axis.start]) > 1e-9) moved.set(id, { x: box.x, y: box.y, [axis.start]: start });
  };
  const align = ALIGN[how];
  if (align) {
    const { axis, at } = align;
    const low = Math.min(...entries.map(([, b]) => b[axis.start]));
    const high = Math.max(...entries.map(([, b]) => b[axis.start] + b[axis.size]));
    const line = low + (high - low) * at;
    for (const [id, box] of entries) place(id, box, axis, line - box[axis.size] * at);
    return moved;
  }
  const axis = how === 'distribute-horizontally' ? HORIZONTAL : VERTICAL;
  const centre = (b: Box) => b[axis.start] + b[axis.size] / 2;
  const sorted = entries.sort(([, a], [, b]) => centre(a) - centre(b));
  const first = sorted[0]![1];
  const last = sorted.at(-1)![1];
  const span = last[axis.start] + last[axis.size] - first[axis.start];
  const gap = (span - sorted.reduce((sum, [, b]) => sum + b[axis.size], 0)) / (sorted.length - 1);
  let next = first[axis.start];
  for (const [id, box] of sorted) {
    place(id, box, axis, next);
    next += box[axis.size] + gap;
  }
  return moved;
}
