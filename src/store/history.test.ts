import { describe, expect, it } from 'vitest';
import { fanOut } from '../templates';
import type { FlowDocument } from '../model';
import { HISTORY_LIMIT, commit, redo, startHistory, undo } from './history';

const titled = (title: string): FlowDocument => ({ ...fanOut, title });

describe('history', () => {
  it('undoes and redoes every committed step', () => {
    let h = startHistory(titled('a'));
    h = commit(h, titled('b'), undefined, 1);
    h = commit(h, titled('c'), undefined, 2);
    expect(undo(h).present.title).toBe('b');
    expect(undo(undo(h)).present.title).toBe('a');
    expect(redo(undo(undo(h))).present.title).toBe('b');
    expect(undo(startHistory(titled('a'))).present.title).toBe('a');
    expect(redo(h)).toBe(h);
  });

  it('merges quick edits with the same key into one step, but not slow or different ones', () => {
    let h = startHistory(titled(''));
    h = commit(h, titled('H'), 'title', 1000);
    h = commit(h, titled('Hi'), 'title', 1500);
    expect(h.past).toHaveLength(1);
    expect(undo(h).present.title).toBe('');
    h = commit(h, titled('Hi!'), 'title', 5000);
    expect(h.past).toHaveLength(2);
    h = commit(h, titled('x'), 'other', 5100);
    expect(h.past).toHaveLength(3);
    expect(undo(undo(h)).present.title).toBe('Hi');
  });

  it('does not merge across an undo', () => {
    let h = commit(startHistory(titled('a')), titled('b'), 'k', 1);
    h = undo(h);
    h = commit(h, titled('c'), 'k', 2);
    expect(h.past).toHaveLength(1);
    expect(undo(h).present.title).toBe('a');
  });

  it('a new edit clears the redo stack; an unchanged document is not a step', () => {
    let h = commit(commit(startHistory(titled('1')), titled('2')), titled('3'));
    h = commit(undo(h), titled('4'));
    expect(h.future).toEqual([]);
    expect(commit(h, h.present)).toBe(h);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let h = startHistory(titled('0'));
    for (let i = 1; i <= HISTORY_LIMIT + 50; i++) h = commit(h, titled(String(i)), undefined, i);
    expect(h.past.length).toBe(HISTORY_LIMIT);
    while (h.past.length) h = undo(h);
    expect(h.present.title).toBe('50');
  });

  it('a step on a big map holds only what changed, not a copy of the map', () => {
    const nodes = Array.from({ length: 5000 }, (_, i) => ({ id: `n${i}`, kind: 'service' as const, label: `Service ${i}` }));
    const big: FlowDocument = { ...fanOut, nodes, edges: [] };
    const renamed = { ...big, nodes: big.nodes.map((n, i) => (i === 2500 ? { ...n, label: 'Renamed' } : n)) };
    const h = commit(startHistory(big), renamed);
    expect(JSON.stringify(h.past).length).toBeLessThan(500);
    expect(undo(h).present.nodes[2500]!.label).toBe('Service 2500');
    expect(undo(h).present.nodes).toHaveLength(5000);
  });
});
