import type { Box } from '../model';

export interface Alignment {
  /** The dragged box's corrected top-left corner. */
  x: number;
  y: number;
  /** Where to draw the guides, in flow coordinates: a vertical line at `vertical`, a horizontal one at `horizontal`. */
  vertical?: number;
  horizontal?: number;
}

/** The nearest match within `threshold` between one of the dragged box's lines and one of another box's. */
function nearest(lines: readonly number[], others: readonly number[][], threshold: number): { shift: number; at: number } | undefined {
  let best: { shift: number; at: number } | undefined;
  for (const theirs of others) {
    for (const at of theirs) {
      for (const mine of lines) {
        const shift = at - mine;
        if (Math.abs(shift) <= threshold && (!best || Math.abs(shift) < Math.abs(best.shift))) best = { shift, at };
      }
    }
  }
  return best;
}

/**
 * Snaps a dragged box to the other boxes' left, centre and right lines (and top, middle and bottom), when one of
 * its own is within `threshold`, and says where the guides go (React Flow's helper-lines technique).
 */
export function alignTo(moving: Box, others: readonly Box[], threshold: number): Alignment {
  const columns = (b: Box) => [b.x, b.x + b.width / 2, b.x + b.width];
  const rows = (b: Box) => [b.y, b.y + b.height / 2, b.y + b.height];
  const across = nearest(columns(moving), others.map(columns), threshold);
  const down = nearest(rows(moving), others.map(rows), threshold);
  return { x: moving.x + (across?.shift ?? 0), y: moving.y + (down?.shift ?? 0), vertical: across?.at, horizontal: down?.at };
}
