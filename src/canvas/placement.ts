import { KIND_LABELS, nodeSize, type Box, type NodeKind, type Point } from '../model';

/** Space left between a new node and the ones around it. */
const GAP = 40;

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;

/**
 * The top-left corner for a node of `size` added from the palette: right of `previous` (the node the palette
 * added last, if it is still there), else centred on `centre`; then moved right past every node it would cover,
 * so clicking the palette again and again lays the new nodes out in a row instead of stacking them.
 */
export function paletteSpot(size: { width: number; height: number }, boxes: readonly Box[], centre: Point, previous?: Box): Point {
  const spot: Box = previous
    ? { x: previous.x + previous.width + GAP, y: previous.y + (previous.height - size.height) / 2, ...size }
    : { x: centre.x - size.width / 2, y: centre.y - size.height / 2, ...size };
  // Each pass moves past at least one node, so it settles within one pass per node.
  for (let pass = 0; pass <= boxes.length; pass++) {
    const covered = boxes.find((box) => overlaps(spot, box));
    if (!covered) break;
    spot.x = covered.x + covered.width + GAP;
  }
  return { x: spot.x, y: spot.y };
}

/** A new node is labelled by its kind, so that is the size it starts at. */
export const newNodeSize = (kind: NodeKind) => nodeSize({ kind, label: KIND_LABELS[kind] });
/** The top-left corner that centres a new node of this kind on `at`. */
export const centred = (kind: NodeKind, at: Point): Point => ({ x: at.x - newNodeSize(kind).width / 2, y: at.y - newNodeSize(kind).height / 2 });
