import { describe, expect, it } from 'vitest';
import { dualWrite, fanOut } from '../templates';
import { commit, startHistory, undo } from './history';
import { restoreHistory, serializeHistory } from './historySnapshot';

const renamed = (title: string) => ({ ...fanOut, title });

describe('undo history across a reload', () => {
  it('restores the undo and redo steps of the same document', () => {
    let history = commit(commit(commit(startHistory(fanOut), renamed('a'), undefined, 1), renamed('b'), undefined, 2), renamed('c'), undefined, 3);
    history = undo(history);
    const restored = restoreHistory(serializeHistory(history)!, renamed('b'))!;
    expect(restored.past.map((d) => d.title)).toEqual([fanOut.title, 'a']);
    expect(restored.future.map((d) => d.title)).toEqual(['c']);
  });

  it('matches a document whatever the order of its keys', () => {
    const reordered = { ...fanOut, nodes: fanOut.nodes.map((n) => Object.fromEntries(Object.entries(n).reverse())) } as typeof fanOut;
    expect(restoreHistory(serializeHistory(commit(startHistory(dualWrite), reordered))!, fanOut)?.past).toHaveLength(1);
  });

  it('keeps the nearest steps that fit the budget', () => {
    let history = startHistory(fanOut);
    for (let i = 0; i < 10; i++) history = commit(history, renamed(`t${i}`), undefined, i);
    const size = JSON.stringify(fanOut).length + 10;
    const restored = restoreHistory(serializeHistory(history, size * 4)!, renamed('t9'))!;
    expect(restored.past.map((d) => d.title)).toEqual(['t6', 't7', 't8']);
    expect(serializeHistory(history, 10)).toBeUndefined();
  });

  it('ignores a history that belongs to another document, or is damaged', () => {
    const text = serializeHistory(commit(startHistory(fanOut), dualWrite))!;
    expect(restoreHistory(text, fanOut)).toBeUndefined();
    const inPast = text.lastIndexOf('"kind":"actor"');
    expect(restoreHistory(`${text.slice(0, inPast)}"kind":"robot"${text.slice(inPast + 14)}`, dualWrite)).toBeUndefined();
    expect(restoreHistory(text, dualWrite)?.past).toHaveLength(1);
    expect(restoreHistory('{not json', dualWrite)).toBeUndefined();
    expect(restoreHistory(null, dualWrite)).toBeUndefined();
  });
});
