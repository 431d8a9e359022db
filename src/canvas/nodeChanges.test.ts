import { describe, expect, it } from 'vitest';
import { positionsOf, selectionAfter } from './nodeChanges';

describe('selectionAfter', () => {
  it('adds and removes ids as React Flow selects and deselects', () => {
    expect(selectionAfter(['a'], [{ type: 'select', id: 'b', selected: true }])).toEqual(['a', 'b']);
    expect(selectionAfter(['a', 'b'], [{ type: 'select', id: 'a', selected: false }])).toEqual(['b']);
  });

  it('reports no change when nothing changes', () => {
    expect(selectionAfter(['a'], [{ type: 'select', id: 'a', selected: true }])).toBeUndefined();
    expect(selectionAfter(['a'], [{ type: 'remove', id: 'a' }])).toBeUndefined();
  });
});

describe('positionsOf', () => {
  it('splits drags in progress from finished moves', () => {
    const { dragging, done } = positionsOf([
      { type: 'position', id: 'a', position: { x: 1, y: 2 }, dragging: true },
      { type: 'position', id: 'b', position: { x: 3, y: 4 }, dragging: false },
      { type: 'position', id: 'c', dragging: false },
    ]);
    expect([...dragging]).toEqual([['a', { x: 1, y: 2 }]]);
    expect([...done]).toEqual([['b', { x: 3, y: 4 }]]);
  });
});
