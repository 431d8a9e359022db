import type { FlowDocument } from '../../model';
import { roundPoint, type Point } from './addNode';

type Placed = { id: string; position?: Point };

/** The items with their new positions, or the same array when none moves. */
function moved<T extends Placed>(items: readonly T[], positions: ReadonlyMap<string, Point>): readonly T[] {
  let changed = false;
  const next = items.map((item) => {
    const to = positions.get(item.id);
    if (!to) return item;
    const position = roundPoint(to);
    if (item.position?.x === position.x && item.position.y === position.y) return item;
    changed = true;
    return { ...item, position };
  });
  return changed ? next : items;
}

/** Sets the positions of the given nodes, boundaries and notes (rounded to whole pixels). */
export function moveNodes(doc: FlowDocument, positions: ReadonlyMap<string, Point>): FlowDocument {
  const nodes = moved(doc.nodes, positions);
  const groups = doc.groups && moved(doc.groups, positions);
  const notes = doc.notes && moved(doc.notes, positions);
  if (nodes === doc.nodes && groups === doc.groups && notes === doc.notes) return doc;
  return { ...doc, nodes: nodes as FlowDocument['nodes'], ...(groups ? { groups: groups as FlowDocument['groups'] } : {}), ...(notes ? { notes: notes as FlowDocument['notes'] } : {}) };
}
