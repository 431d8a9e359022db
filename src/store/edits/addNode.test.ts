import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../model';
import { addNode } from './addNode';
import { docOf } from './testing';

describe('addNode', () => {
  it('adds a valid node with a fresh id at a whole-pixel position', () => {
    const first = addNode(docOf([]), 'store', { x: 10.4, y: 20.6 });
    const second = addNode(first.doc, 'store', { x: 0, y: 0 });
    expect(first.doc.nodes[0]).toEqual({ id: 'store-1', kind: 'store', label: 'Store', position: { x: 10, y: 21 } });
    expect(second.id).toBe('store-2');
    expect(loadDocument(second.doc).ok).toBe(true);
  });
});
