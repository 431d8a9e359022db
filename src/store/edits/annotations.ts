import { BOUNDARY_MIN, BOUNDARY_SIZE, GROUP_KIND_LABELS, NOTE_MIN, NOTE_SIZE, type Box, type FlowDocument, type FlowGroup, type FlowNote, type GroupKind } from '../../model';
import { roundPoint, type Point } from './addNode';
import { freshId, idsOf } from './ids';
import { regroup, sitsIn } from './membership';

/** Adds a boundary at `position` (top-left corner); the nodes whose middle it covers join it. */
export function addGroup(doc: FlowDocument, kind: GroupKind, position: Point): { doc: FlowDocument; id: string } {
  const id = freshId('boundary', idsOf(doc));
  const group: FlowGroup = { id, label: GROUP_KIND_LABELS[kind], kind, position: roundPoint(position), size: { ...BOUNDARY_SIZE } };
  const next = { ...doc, groups: [...(doc.groups ?? []), group] };
  return { doc: regroup(next, next.nodes.filter((n) => sitsIn(n, group)).map((n) => n.id)), id };
}

/** Adds a note saying "Note" at `position` (top-left corner). */
export function addNote(doc: FlowDocument, position: Point): { doc: FlowDocument; id: string } {
  const id = freshId('note', idsOf(doc));
  const note: FlowNote = { id, text: 'Note', position: roundPoint(position), size: { ...NOTE_SIZE } };
  return { doc: { ...doc, notes: [...(doc.notes ?? []), note] }, id };
}

const whole = (box: Box, min: { width: number; height: number }): Box => ({
  ...roundPoint(box),
  width: Math.max(min.width, Math.round(box.width)),
  height: Math.max(min.height, Math.round(box.height)),
});

/**
 * Gives a boundary or a note a new frame. A resized boundary takes in the nodes its frame now covers and
 * lets go of members it no longer does. Returns the same document for an unknown id or no change.
 */
export function resizeElement(doc: FlowDocument, id: string, box: Box): FlowDocument {
  const groupIndex = doc.groups?.findIndex((g) => g.id === id) ?? -1;
  if (groupIndex >= 0) {
    const old = doc.groups![groupIndex]!;
    const { x, y, width, height } = whole(box, BOUNDARY_MIN);
    if (old.position.x === x && old.position.y === y && old.size.width === width && old.size.height === height) return doc;
    const group = { ...old, position: { x, y }, size: { width, height } };
    const groups = doc.groups!.slice();
    groups[groupIndex] = group;
    const next = { ...doc, groups };
    return regroup(next, next.nodes.filter((n) => n.group === id || sitsIn(n, group)).map((n) => n.id));
  }
  const noteIndex = doc.notes?.findIndex((n) => n.id === id) ?? -1;
  if (noteIndex < 0) return doc;
  const { x, y, width, height } = whole(box, NOTE_MIN);
  const notes = doc.notes!.slice();
  notes[noteIndex] = { ...notes[noteIndex]!, position: { x, y }, size: { width, height } };
  return { ...doc, notes };
}
