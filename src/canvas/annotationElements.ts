import type { NodeChange } from '@xyflow/react';
import { boundaryLabelLines, boxWithin, noteLayout, type Box, type FlowDocument } from '../model';
import type { Point } from '../store';
import type { BoundaryFlowNode } from './BoundaryNode';
import type { NoteFlowNode } from './NoteNode';

/** React Flow lifts a selected node by 1000: a boundary stays behind every node and arrow even then. */
export const BOUNDARY_Z = -1002;

export interface AnnotationView {
  selection: readonly string[];
  renaming?: string;
  editable: boolean;
  /** A boundary or note being resized: its frame follows the pointer until the resize ends. */
  resizing?: { id: string; box: Box };
}

const frameOf = (id: string, position: Point, size: { width: number; height: number }, view: AnnotationView): Box =>
  view.resizing?.id === id ? view.resizing.box : { ...position, ...size };

/** Boundaries and notes as React Flow nodes: derived from the document, never written back. */
export function toAnnotationElements(doc: Pick<FlowDocument, 'groups' | 'notes'>, view: AnnotationView): { boundaries: BoundaryFlowNode[]; notes: NoteFlowNode[] } {
  const selected = new Set(view.selection);
  const boundaries = (doc.groups ?? []).map((group): BoundaryFlowNode => {
    const { x, y, width, height } = frameOf(group.id, group.position, group.size, view);
    return {
      id: group.id,
      type: 'boundary',
      position: { x, y },
      width,
      height,
      measured: { width, height },
      zIndex: BOUNDARY_Z,
      className: 'fm-boundary-node',
      selected: selected.has(group.id),
      ariaLabel: `Boundary (${group.kind}): ${group.label}`,
      data: { label: group.label, lines: boundaryLabelLines({ label: group.label, size: { width, height } }), kind: group.kind, owner: group.owner, renaming: view.renaming === group.id, editable: view.editable },
    };
  });
  const notes = (doc.notes ?? []).map((note): NoteFlowNode => {
    const resized = view.resizing?.id === note.id ? view.resizing.box : undefined;
    const layout = noteLayout(resized ? { text: note.text, size: resized } : note);
    const position = resized ?? note.position;
    return {
      id: note.id,
      type: 'note',
      position: { x: position.x, y: position.y },
      width: layout.width,
      height: layout.height,
      measured: { width: layout.width, height: layout.height },
      selected: selected.has(note.id),
      ariaLabel: `Note: ${note.text}`,
      data: { text: note.text, lines: layout.lines, renaming: view.renaming === note.id, editable: view.editable },
    };
  });
  return { boundaries, notes };
}

/** What a boundary carries: its own nodes, and the boundaries and notes drawn wholly inside it with theirs. */
function carriedBy(id: string, doc: FlowDocument): { ids: Set<string>; point: (id: string) => Point | undefined } {
  const groups = doc.groups ?? [];
  const outer = groups.find((g) => g.id === id)!;
  const frame = { ...outer.position, ...outer.size };
  const inner = groups.filter((g) => g.id !== id && boxWithin({ ...g.position, ...g.size }, frame));
  const notes = (doc.notes ?? []).filter((n) => boxWithin({ ...n.position, ...noteLayout(n) }, frame));
  const owners = new Set([id, ...inner.map((g) => g.id)]);
  const points = new Map<string, Point>();
  for (const g of inner) points.set(g.id, g.position);
  for (const n of notes) points.set(n.id, n.position);
  for (const node of doc.nodes) if (node.group !== undefined && owners.has(node.group) && node.position) points.set(node.id, node.position);
  return { ids: new Set(points.keys()), point: (key) => points.get(key) };
}

/**
 * A boundary dragged (or nudged) carries what is in it along: for each boundary moving in `changes`, the same
 * move for each of its nodes, and for the boundaries and notes drawn inside it (with their nodes), that is not
 * moving already. Nodes the layout places (no position) stay.
 */
export function membersFollow(changes: readonly NodeChange[], doc: FlowDocument): NodeChange[] {
  const groups = new Map((doc.groups ?? []).map((g) => [g.id, g]));
  const moves = changes.filter((c) => c.type === 'position' && c.position && groups.has(c.id));
  if (moves.length === 0) return changes as NodeChange[];
  const moving = new Set(changes.flatMap((c) => (c.type === 'position' ? [c.id] : [])));
  const extra: NodeChange[] = [];
  for (const move of moves) {
    if (move.type !== 'position' || !move.position) continue;
    const group = groups.get(move.id)!;
    const [dx, dy] = [move.position.x - group.position.x, move.position.y - group.position.y];
    const { ids, point } = carriedBy(move.id, doc);
    for (const id of ids) {
      if (moving.has(id)) continue;
      moving.add(id);
      const at = point(id)!;
      extra.push({ id, type: 'position', position: { x: at.x + dx, y: at.y + dy }, dragging: move.dragging });
    }
  }
  return [...changes, ...extra];
}

export type ResizeStep = { id: string; box: Box; done: boolean };

/**
 * React Flow reports a resize as a size change (and, from a top or left handle, a position change without
 * a drag) on each pointer move, then a last size change when it ends. Picks that out of `changes`, so the
 * position is not taken for a move, given the frame as it was before this batch.
 */
export function resizeStep(changes: readonly NodeChange[], frameOf: (id: string) => Box | undefined): { step?: ResizeStep; rest: NodeChange[] } {
  const resize = changes.find((c) => c.type === 'dimensions' && c.resizing !== undefined && c.dimensions && frameOf(c.id));
  if (!resize || resize.type !== 'dimensions' || !resize.dimensions) return { rest: changes as NodeChange[] };
  const before = frameOf(resize.id)!;
  const moved = changes.find((c) => c.type === 'position' && c.id === resize.id && c.position);
  const position = moved?.type === 'position' && moved.position ? moved.position : before;
  return {
    step: { id: resize.id, box: { x: position.x, y: position.y, ...resize.dimensions }, done: !resize.resizing },
    rest: changes.filter((c) => c.type === 'select' || !('id' in c) || c.id !== resize.id),
  };
}
