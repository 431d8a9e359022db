import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { Point } from '../store';

/** The selection after React Flow reports clicks, shift-clicks and box selections as select changes. */
export function selectionAfter(selection: readonly string[], changes: readonly (NodeChange | EdgeChange)[]): string[] | undefined {
  const selects = changes.filter((c) => c.type === 'select');
  if (selects.length === 0) return undefined;
  const next = new Set(selection);
  for (const change of selects) {
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  return next.size === selection.length && selection.every((id) => next.has(id)) ? undefined : [...next];
}

/** Node positions React Flow reports, split into a drag in progress and moves that are finished. */
export function positionsOf(changes: readonly NodeChange[]): { dragging: Map<string, Point>; done: Map<string, Point> } {
  const dragging = new Map<string, Point>();
  const done = new Map<string, Point>();
  for (const change of changes) {
    if (change.type !== 'position' || !change.position) continue;
    (change.dragging ? dragging : done).set(change.id, change.position);
  }
  return { dragging, done };
}
