import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../model';
import { addNode } from './addNode';
import { docOf } from './testing';

describe('addNode', () => {
  it('adds a valid node with a fresh id at a whole-pixel position', () => {
    const first = addNode(docOf([]), 'store', { x: 10.4, y: 20.6 });
    const second = addNode(first.doc, 'store', { x: 0, y: 0 });
    expect(first.doc.nodes[0]).toEqual({ id: expect.stringMatching(/^store-[0-9a-z]{8}$/), kind: 'store', label: 'Store', position: { x: 10, y: 21 } });
    expect(second.id).toMatch(/^store-/);
    expect(second.id).not.toBe(first.id);
    expect(loadDocument(second.doc).ok).toBe(true);
  });
});
