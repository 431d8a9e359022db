import { describe, expect, it } from 'vitest';
import { createDocumentStore } from '../store';
import { fanOut } from '../templates';
import { changesTheMap } from './useCanvasDocument';

describe('what reaches the canvas', () => {
  it('a new title does not; a label, an arrow’s label or a new node does', () => {
    const store = createDocumentStore(structuredClone(fanOut));
    const edit = (change: () => unknown) => {
      const before = store.getState().doc;
      change();
      return changesTheMap(store.getState().doc, before);
    };
    const [node] = store.getState().doc.nodes;
    const [edge] = store.getState().doc.edges;
    expect(edit(() => store.getState().setTitle('Retitled'))).toBe(false);
    expect(edit(() => store.getState().updateElement({ type: 'node', id: node!.id }, { label: 'Renamed' }))).toBe(true);
    expect(edit(() => store.getState().updateElement({ type: 'edge', id: edge!.id }, { label: 'sends' }))).toBe(true);
    expect(edit(() => store.getState().addNode('cache', { x: 0, y: 0 }))).toBe(true);
  });
});
