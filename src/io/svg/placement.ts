import { nodeSize, type Box, type FlowNode } from '../../model';

/** Spacing of the grid that holds nodes with no position, below the placed ones. */
const GRID = { column: 220, row: 120, gap: 80 } as const;

export function boundsOf(boxes: Iterable<Box>): Box | undefined {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const box of boxes) {
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + box.width);
    maxY = Math.max(maxY, box.y + box.height);
  }
  return minX === Infinity ? undefined : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Each node's box in document coordinates; nodes without a position go on a grid below the others. */
export function placeNodes(nodes: readonly FlowNode[]): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const unplaced: FlowNode[] = [];
  for (const node of nodes) {
    if (node.position) boxes.set(node.id, { ...node.position, ...nodeSize(node) });
    else unplaced.push(node);
  }
  const placed = boundsOf(boxes.values());
  const origin = placed ? { x: placed.x, y: placed.y + placed.height + GRID.gap } : { x: 0, y: 0 };
  const columns = Math.ceil(Math.sqrt(unplaced.length));
  unplaced.forEach((node, i) => {
    const at = { x: origin.x + (i % columns) * GRID.column, y: origin.y + Math.floor(i / columns) * GRID.row };
    boxes.set(node.id, { ...at, ...nodeSize(node) });
  });
  return boxes;
}
