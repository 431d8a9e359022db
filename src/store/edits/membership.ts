import { nodeSize, type Box, type FlowDocument, type FlowGroup, type FlowNode } from '../../model';
import type { Point } from './addNode';

const contains = (box: Box, p: Point) => p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
const boxOf = (group: FlowGroup): Box => ({ ...group.position, ...group.size });

/** The innermost boundary holding a point: of those that contain it, the smallest. */
export function boundaryAt(point: Point, groups: readonly FlowGroup[]): FlowGroup | undefined {
  let found: FlowGroup | undefined;
  for (const group of groups) {
    if (!contains(boxOf(group), point)) continue;
    if (!found || group.size.width * group.size.height < found.size.width * found.size.height) found = group;
  }
  return found;
}

/** Where a node's middle is, which decides the boundary it sits in; unknown for a node the layout places. */
export function centreOf(node: FlowNode): Point | undefined {
  if (!node.position) return undefined;
  const { width, height } = nodeSize(node);
  return { x: node.position.x + width / 2, y: node.position.y + height / 2 };
}

/** Whether a node's middle lies inside a boundary's frame. */
export const sitsIn = (node: FlowNode, group: FlowGroup): boolean => {
  const centre = centreOf(node);
  return centre !== undefined && contains(boxOf(group), centre);
};

/**
 * Puts each of the given nodes in the boundary its middle lies in (none when it lies in none): a node
 * dropped inside a frame joins it, one dragged out leaves it. Returns the same document when nothing changes.
 */
export function regroup(doc: FlowDocument, ids: Iterable<string>): FlowDocument {
  const wanted = new Set(ids);
  const groups = doc.groups ?? [];
  if (wanted.size === 0 || (groups.length === 0 && !doc.nodes.some((n) => n.group !== undefined && wanted.has(n.id)))) return doc;
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    const centre = wanted.has(node.id) ? centreOf(node) : undefined;
    if (!centre) return node;
    const group = boundaryAt(centre, groups)?.id;
    if (group === node.group) return node;
    changed = true;
    const { group: _left, ...rest } = node;
    return (group ? { ...rest, group } : rest) as FlowNode;
  });
  return changed ? { ...doc, nodes } : doc;
}
