import { describe, expect, it } from 'vitest';
import { BOUNDARY_MIN, BOUNDARY_SIZE, loadDocument, nodeSize } from '../../model';
import { addGroup, addNote, resizeElement } from './annotations';
import { deleteElements } from './deleteElements';
import { moveNodes } from './moveNodes';
import { docOf } from './testing';

const size = nodeSize({ kind: 'service', label: 'S' });
const base = docOf([
  { id: 'a', kind: 'service', label: 'S', position: { x: 100, y: 100 } },
  { id: 'far', kind: 'service', label: 'S', position: { x: 2000, y: 100 } },
]);

describe('addGroup', () => {
  it('adds a valid boundary labelled by its kind, and the nodes it covers join it', () => {
    const { doc, id } = addGroup(base, 'trust', { x: 40.4, y: 50 });
    expect(doc.groups).toEqual([{ id, label: 'Trust zone', kind: 'trust', position: { x: 40, y: 50 }, size: BOUNDARY_SIZE }]);
    expect(id).toMatch(/^boundary-/);
    expect(doc.nodes.map((n) => n.group)).toEqual([id, undefined]);
    expect(loadDocument(doc).ok).toBe(true);
  });
});

describe('addNote', () => {
  it('adds a valid note with a fresh id', () => {
    const { doc, id } = addNote(base, { x: 5, y: 6 });
    expect(doc.notes).toEqual([{ id, text: 'Note', position: { x: 5, y: 6 }, size: { width: 220, height: 60 } }]);
    expect(loadDocument(doc).ok).toBe(true);
  });
});

describe('resizeElement', () => {
  const { doc, id } = addGroup(base, 'team', { x: 0, y: 0 });

  it('a boundary grown over a node takes it in; shrunk off a member, lets it go; never below its smallest size', () => {
    const grown = resizeElement(doc, id, { x: 0, y: 0, width: 2000 + size.width, height: 300 });
    expect(grown.nodes.map((n) => n.group)).toEqual([id, id]);
    const shrunk = resizeElement(grown, id, { x: 0, y: 0, width: 10, height: 10 });
    expect(shrunk.groups![0]!.size).toEqual(BOUNDARY_MIN);
    expect(shrunk.nodes.map((n) => n.group)).toEqual([undefined, undefined]);
    expect(loadDocument(shrunk).ok).toBe(true);
  });

  it('gives a note its new frame, and changes nothing for an unknown id or the same frame', () => {
    const withNote = addNote(doc, { x: 0, y: 0 });
    const resized = resizeElement(withNote.doc, withNote.id, { x: -10.6, y: 4, width: 300.2, height: 80 });
    expect(resized.notes![0]).toMatchObject({ position: { x: -11, y: 4 }, size: { width: 300, height: 80 } });
    expect(resizeElement(doc, 'nope', { x: 0, y: 0, width: 1, height: 1 })).toBe(doc);
    expect(resizeElement(doc, id, { ...doc.groups![0]!.position, ...doc.groups![0]!.size })).toBe(doc);
  });
});

describe('moving and deleting boundaries and notes', () => {
  const { doc: framed, id } = addGroup(base, 'team', { x: 0, y: 0 });
  const { doc, id: noteId } = addNote(framed, { x: 0, y: 500 });

  it('moves boundaries and notes like nodes', () => {
    const moved = moveNodes(doc, new Map([[id, { x: 10, y: 20 }], [noteId, { x: 30, y: 40 }]]));
    expect(moved.groups![0]!.position).toEqual({ x: 10, y: 20 });
    expect(moved.notes![0]!.position).toEqual({ x: 30, y: 40 });
    expect(moved.nodes).toBe(doc.nodes);
  });

  it('deleting a boundary leaves its nodes where they are, in no boundary; a note goes alone', () => {
    const next = deleteElements(doc, [id, noteId]);
    expect(next.groups).toEqual([]);
    expect(next.notes).toEqual([]);
    expect(next.nodes.map((n) => [n.id, n.group, n.position])).toEqual([['a', undefined, { x: 100, y: 100 }], ['far', undefined, { x: 2000, y: 100 }]]);
    expect(loadDocument(next).ok).toBe(true);
  });
});
