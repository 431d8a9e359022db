import { describe, expect, it } from 'vitest';
import type { NodeChange } from '@xyflow/react';
import { CURRENT_VERSION, FORMAT, type FlowDocument } from '../model';
import { BOUNDARY_Z, membersFollow, resizeStep, toAnnotationElements } from './annotationElements';

const doc: FlowDocument = {
  format: FORMAT,
  version: CURRENT_VERSION,
  title: 't',
  nodes: [
    { id: 'in', kind: 'service', label: 'In', group: 'zone', position: { x: 50, y: 60 } },
    { id: 'picked', kind: 'service', label: 'Picked', group: 'zone', position: { x: 200, y: 60 } },
    { id: 'laid', kind: 'service', label: 'Laid out', group: 'zone' },
    { id: 'out', kind: 'service', label: 'Out', position: { x: 900, y: 60 } },
  ],
  edges: [],
  groups: [{ id: 'zone', label: 'Payments team', kind: 'team', position: { x: 0, y: 0 }, size: { width: 400, height: 300 } }],
  notes: [{ id: 'memo', text: 'One\ntwo', position: { x: 10, y: 400 } }],
};

describe('membersFollow', () => {
  it('moves a dragged boundary’s placed nodes by the same amount, except those already moving', () => {
    const changes: NodeChange[] = [
      { id: 'zone', type: 'position', position: { x: 30, y: -10 }, dragging: true },
      { id: 'picked', type: 'position', position: { x: 230, y: 50 }, dragging: true },
    ];
    expect(membersFollow(changes, doc)).toEqual([...changes, { id: 'in', type: 'position', position: { x: 80, y: 50 }, dragging: true }]);
  });

  it('carries the boundaries and notes drawn wholly inside it, with their nodes; what only overlaps stays', () => {
    const nested: FlowDocument = {
      ...doc,
      nodes: [...doc.nodes, { id: 'deep', kind: 'store', label: 'Deep', group: 'room', position: { x: 120, y: 150 } }],
      groups: [...doc.groups!, { id: 'room', label: 'Card data', kind: 'trust', position: { x: 100, y: 120 }, size: { width: 200, height: 120 } }, { id: 'wide', label: 'EU', kind: 'region', position: { x: 300, y: 0 }, size: { width: 900, height: 300 } }],
      notes: [{ id: 'memo', text: 'Inside', position: { x: 20, y: 250 }, size: { width: 120, height: 40 } }, { id: 'far', text: 'Outside', position: { x: 600, y: 600 } }],
    };
    const moved = membersFollow([{ id: 'zone', type: 'position', position: { x: 10, y: 5 }, dragging: false }], nested);
    const at = new Map(moved.flatMap((c) => (c.type === 'position' ? [[c.id, c.position]] : [])));
    expect([...at.keys()].sort()).toEqual(['deep', 'in', 'memo', 'picked', 'room', 'zone']);
    expect(at.get('room')).toEqual({ x: 110, y: 125 });
    expect(at.get('deep')).toEqual({ x: 130, y: 155 });
    expect(at.get('memo')).toEqual({ x: 30, y: 255 });
  });

  it('passes other changes through untouched', () => {
    const changes: NodeChange[] = [{ id: 'out', type: 'position', position: { x: 0, y: 0 }, dragging: false }, { id: 'zone', type: 'select', selected: true }];
    expect(membersFollow(changes, doc)).toBe(changes);
  });
});

describe('resizeStep', () => {
  const frameOf = (id: string) => (id === 'zone' ? { x: 0, y: 0, width: 400, height: 300 } : undefined);

  it('takes a resize from a top-left handle (a size and a position) out of the changes, keeping the rest', () => {
    const select: NodeChange = { id: 'zone', type: 'select', selected: true };
    const other: NodeChange = { id: 'out', type: 'position', position: { x: 1, y: 2 } };
    const { step, rest } = resizeStep([{ id: 'zone', type: 'position', position: { x: -20, y: -10 } }, { id: 'zone', type: 'dimensions', resizing: true, dimensions: { width: 420, height: 310 } }, select, other], frameOf);
    expect(step).toEqual({ id: 'zone', box: { x: -20, y: -10, width: 420, height: 310 }, done: false });
    expect(rest).toEqual([select, other]);
  });

  it('the last size change ends it, at the frame it had reached; a measurement or another node is no resize', () => {
    expect(resizeStep([{ id: 'zone', type: 'dimensions', resizing: false, dimensions: { width: 500, height: 310 } }], frameOf).step).toEqual({ id: 'zone', box: { x: 0, y: 0, width: 500, height: 310 }, done: true });
    const measured: NodeChange[] = [{ id: 'zone', type: 'dimensions', dimensions: { width: 1, height: 1 } }, { id: 'out', type: 'dimensions', resizing: true, dimensions: { width: 1, height: 1 } }];
    expect(resizeStep(measured, frameOf)).toEqual({ rest: measured });
  });
});

describe('toAnnotationElements', () => {
  it('draws boundaries behind everything (selected too) and notes sized for their lines', () => {
    const { boundaries, notes } = toAnnotationElements(doc, { selection: ['zone'], editable: true });
    expect(boundaries[0]).toMatchObject({ id: 'zone', type: 'boundary', zIndex: BOUNDARY_Z, selected: true, width: 400, height: 300, ariaLabel: 'Boundary (team): Payments team', data: { lines: ['Payments team'] } });
    expect(BOUNDARY_Z + 1000).toBeLessThan(0);
    expect(notes[0]).toMatchObject({ id: 'memo', type: 'note', ariaLabel: 'Note: One\ntwo', data: { lines: ['One', 'two'] } });
  });

  it('a frame being resized follows the pointer, not the document', () => {
    const resizing = { id: 'memo', box: { x: 5, y: 6, width: 300, height: 200 } };
    const { notes } = toAnnotationElements(doc, { selection: [], editable: false, resizing });
    expect(notes[0]).toMatchObject({ position: { x: 5, y: 6 }, width: 300, height: 200, data: { editable: false } });
  });
});
