import { describe, expect, it } from 'vitest';
import { dualWrite, fanOut } from '../templates';
import { commit, redo, startHistory, undo, type History } from './history';
import { restoreHistory, serializeHistory } from './historySnapshot';

const renamed = (title: string) => ({ ...fanOut, title });
const titlesBack = (history: History) => {
  const titles: string[] = [];
  for (let h = history; h.past.length; ) titles.unshift((h = undo(h)).present.title);
  return titles;
};

describe('undo history across a reload', () => {
  it('restores the undo and redo steps of the same document', () => {
    let history = commit(commit(commit(startHistory(fanOut), renamed('a'), undefined, 1), renamed('b'), undefined, 2), renamed('c'), undefined, 3);
    history = undo(history);
    const restored = restoreHistory(serializeHistory(history)!, renamed('b'))!;
    expect(titlesBack(restored)).toEqual([fanOut.title, 'a']);
    expect(redo(restored).present.title).toBe('c');
  });

  it('matches a document whatever the order of its keys', () => {
    const reordered = { ...fanOut, nodes: fanOut.nodes.map((n) => Object.fromEntries(Object.entries(n).reverse())) } as typeof fanOut;
    expect(restoreHistory(serializeHistory(commit(startHistory(dualWrite), reordered))!, fanOut)?.past).toHaveLength(1);
  });

  it('keeps the nearest steps that fit the budget', () => {
    let history = startHistory(fanOut);
    for (let i = 0; i < 10; i++) history = commit(history, renamed(`t${i}`), undefined, i);
    const present = JSON.stringify(renamed('t9')).length;
    const step = JSON.stringify(history.past.at(-1)).length + 1;
    const restored = restoreHistory(serializeHistory(history, present + 3 * step + 40)!, renamed('t9'))!;
    expect(titlesBack(restored)).toEqual(['t6', 't7', 't8']);
    expect(serializeHistory(history, 10)).toBeUndefined();
  });

  it('ignores a history that belongs to another document, or is damaged', () => {
    const text = serializeHistory(commit(startHistory(fanOut), dualWrite))!;
    expect(restoreHistory(text, fanOut)).toBeUndefined();
    const inPast = text.lastIndexOf('"kind":"actor"');
    expect(restoreHistory(`${text.slice(0, inPast)}"kind":"robot"${text.slice(inPast + 14)}`, dualWrite)).toBeUndefined();
    expect(restoreHistory(text, dualWrite)?.past).toHaveLength(1);
    expect(restoreHistory('{not json', dualWrite)).toBeUndefined();
    expect(restoreHistory('{"present":{},"past":7}', dualWrite)).toBeUndefined();
    expect(restoreHistory(null, dualWrite)).toBeUndefined();
  });
});
