import type { FlowDocument } from '../../model';
import { roundPoint, type Point } from './addNode';

/** Sets the positions of the given nodes (rounded to whole pixels). */
export function moveNodes(doc: FlowDocument, positions: ReadonlyMap<string, Point>): FlowDocument {
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    const to = positions.get(node.id);
    if (!to) return node;
    const position = roundPoint(to);
    if (node.position?.x === position.x && node.position.y === position.y) return node;
    changed = true;
    return { ...node, position };
  });
  return changed ? { ...doc, nodes } : doc;
}
