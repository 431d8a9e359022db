import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, commit, redo, startHistory, undo } from './history';

describe('history', () => {
  it('undoes and redoes every committed step', () => {
    let h = startHistory('a');
    h = commit(h, 'b', undefined, 1);
    h = commit(h, 'c', undefined, 2);
    expect(undo(h).present).toBe('b');
    expect(undo(undo(h)).present).toBe('a');
    expect(redo(undo(undo(h))).present).toBe('b');
    expect(undo(startHistory('a')).present).toBe('a');
    expect(redo(h)).toBe(h);
  });

  it('merges quick edits with the same key into one step, but not slow or different ones', () => {
    let h = startHistory('');
    h = commit(h, 'H', 'label:n1', 1000);
    h = commit(h, 'Hi', 'label:n1', 1500);
    expect(h.past).toEqual(['']);
    h = commit(h, 'Hi!', 'label:n1', 5000);
    expect(h.past).toEqual(['', 'Hi']);
    h = commit(h, 'x', 'label:n2', 5100);
    expect(h.past).toEqual(['', 'Hi', 'Hi!']);
  });

  it('does not merge across an undo', () => {
    let h = commit(startHistory('a'), 'b', 'k', 1);
    h = undo(h);
    h = commit(h, 'c', 'k', 2);
    expect(h.past).toEqual(['a']);
  });

  it('a new edit clears the redo stack; an unchanged document is not a step', () => {
    let h = commit(commit(startHistory(1), 2), 3);
    h = commit(undo(h), 4);
    expect(h.future).toEqual([]);
    expect(commit(h, h.present)).toBe(h);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let h = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 50; i++) h = commit(h, i, undefined, i);
    expect(h.past.length).toBe(HISTORY_LIMIT);
    expect(h.past[0]).toBe(50);
  });
});
