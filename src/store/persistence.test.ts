import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type KeyValueStore } from '../io';
import { dualWrite, fanOut } from '../templates';
import { createDocumentStore } from './documentStore';
import { createSessionStore } from './sessionStore';
import { connectAutosave } from './persistence';

function memory(): KeyValueStore & { writes: number } {
  const data = new Map<string, string>();
  return {
    writes: 0,
    getItem: (key) => data.get(key) ?? null,
    setItem(key, value) {
      this.writes++;
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
}

describe('connectAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, shortly after a burst of edits', () => {
    const kv = memory();
    const store = createDocumentStore(structuredClone(fanOut));
    connectAutosave(store, createSessionStore(), createAutosave(kv), 300);
    for (const label of ['a', 'ab', 'abc']) store.getState().updateElement({ type: 'node', id: 'user' }, { label }, 'label');
    expect(kv.writes).toBe(0);
    vi.advanceTimersByTime(300);
    expect(kv.writes).toBe(2);
    const saved = createAutosave(kv).load();
    expect(saved.status === 'ok' && saved.doc.nodes[0]?.label).toBe('abc');
  });

  it('never saves a shared diagram under review over the visitor’s own', () => {
    const kv = memory();
    const store = createDocumentStore(structuredClone(fanOut));
    connectAutosave(store, createSessionStore(), createAutosave(kv), 300);
    store.getState().load(dualWrite);
    store.getState().setReadOnly(true);
    store.getState().updateElement({ type: 'node', id: 'handler' }, { idempotent: true });
    vi.advanceTimersByTime(1000);
    expect(kv.writes).toBe(0);
  });

  it('holds saves while paused and writes the latest on resume', () => {
    const kv = memory();
    const store = createDocumentStore(structuredClone(fanOut));
    const saver = connectAutosave(store, createSessionStore(), createAutosave(kv), 300);
    saver.pause();
    store.getState().setTitle('Mine');
    vi.advanceTimersByTime(1000);
    expect(kv.writes).toBe(0);
    saver.resume();
    const saved = createAutosave(kv).load();
    expect(saved.status === 'ok' && saved.doc.title).toBe('Mine');
  });

  it('tells the person when the browser refuses to save', () => {
    const store = createDocumentStore(structuredClone(fanOut));
    const full: KeyValueStore = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    const session = createSessionStore();
    connectAutosave(store, session, createAutosave(full), 300);
    store.getState().setTitle('x');
    vi.advanceTimersByTime(300);
    expect(session.getState().notice).toMatchObject({ tone: 'error', text: expect.stringContaining('QuotaExceededError') });
  });
});
