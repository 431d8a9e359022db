import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FlowDocument } from '../model';
import type { SaveOutcome, SaveReason } from '../storage';
import { dualWrite, fanOut } from '../templates';
import { createDocumentStore } from './documentStore';
import { createSessionStore } from './sessionStore';
import { connectStorage, type DocumentSaver } from './persistence';

/** Records every save; answers with `outcome` (a success by default). */
function recorder(outcome?: SaveOutcome): DocumentSaver & { saves: { doc: FlowDocument; reason?: SaveReason }[] } {
  const saves: { doc: FlowDocument; reason?: SaveReason }[] = [];
  return {
    saves,
    save: async (doc, reason) => {
      saves.push({ doc, reason });
      return outcome ?? { ok: true, revision: saves.length, savedAt: 0 };
    },
  };
}

describe('connectStorage', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, shortly after a burst of edits', async () => {
    const saver = recorder();
    const store = createDocumentStore(structuredClone(fanOut));
    const session = createSessionStore();
    connectStorage(store, session, saver, {}, 300);
    for (const label of ['a', 'ab', 'abc']) store.getState().updateElement({ type: 'node', id: 'user' }, { label }, 'label');
    expect(saver.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(300);
    expect(saver.saves.map((s) => [s.doc.nodes[0]?.label, s.reason])).toEqual([['abc', 'edit']]);
  });

  it('saves an opened document as opened, so the diagram it replaces is kept as a version', async () => {
    const saver = recorder();
    const store = createDocumentStore(structuredClone(fanOut));
    const session = createSessionStore();
    connectStorage(store, session, saver, {}, 300);
    session.setState((state) => ({ fitRequest: state.fitRequest + 1 }));
    store.getState().openDocument(structuredClone(dualWrite));
    await vi.advanceTimersByTimeAsync(300);
    store.getState().setTitle('then edited');
    await vi.advanceTimersByTimeAsync(300);
    expect(saver.saves.map((s) => s.reason)).toEqual(['opened', 'edit']);
  });

  it('never saves a shared diagram under review over the visitor’s own', async () => {
    const saver = recorder();
    const store = createDocumentStore(structuredClone(fanOut));
    const session = createSessionStore();
    connectStorage(store, session, saver, {}, 300);
    session.getState().set({ review: { own: store.getState().doc, history: store.getState().history } });
    store.getState().load(dualWrite);
    store.getState().updateElement({ type: 'node', id: 'handler' }, { idempotent: true });
    await vi.advanceTimersByTimeAsync(1000);
    expect(saver.saves).toHaveLength(0);
  });

  it('holds saves while paused and writes the latest on resume', async () => {
    const saver = recorder();
    const store = createDocumentStore(structuredClone(fanOut));
    const session = createSessionStore();
    const saving = connectStorage(store, session, saver, {}, 300);
    saving.pause();
    store.getState().setTitle('Mine');
    await vi.advanceTimersByTimeAsync(1000);
    expect(saver.saves).toHaveLength(0);
    expect(saving.hasUnsaved()).toBe(true);
    await saving.resume('opened');
    expect(saver.saves.map((s) => [s.doc.title, s.reason])).toEqual([['Mine', 'opened']]);
    expect(saving.hasUnsaved()).toBe(false);
  });

  it('tells the person when a save is refused, and counts the edit as unsaved', async () => {
    const store = createDocumentStore(structuredClone(fanOut));
    const session = createSessionStore();
    const saving = connectStorage(store, session, recorder({ ok: false, reason: 'failed', message: 'The browser refused to save the diagram (QuotaExceededError).' }), {}, 300);
    store.getState().setTitle('x');
    await vi.advanceTimersByTimeAsync(300);
    expect(session.getState().notice).toMatchObject({ tone: 'error', text: expect.stringContaining('QuotaExceededError') });
    expect(saving.hasUnsaved()).toBe(true);
  });

  it('stops saving on a conflict with another tab and says so through its hook', async () => {
    const saver = recorder({ ok: false, reason: 'conflict', message: 'another tab' });
    const onConflict = vi.fn();
    const store = createDocumentStore(structuredClone(fanOut));
    const session = createSessionStore();
    connectStorage(store, session, saver, { onConflict }, 300);
    store.getState().setTitle('one');
    await vi.advanceTimersByTimeAsync(300);
    store.getState().setTitle('two');
    await vi.advanceTimersByTimeAsync(300);
    expect(onConflict).toHaveBeenCalledTimes(1);
    expect(saver.saves).toHaveLength(1);
  });

  it('writes one save at a time: an edit during a slow save is written after it', async () => {
    let release: () => void = () => undefined;
    const order: string[] = [];
    const saver: DocumentSaver = {
      save: async (doc) => {
        order.push(`start ${doc.title}`);
        if (doc.title === 'slow') await new Promise<void>((resolve) => (release = resolve));
        order.push(`end ${doc.title}`);
        return { ok: true, revision: 1, savedAt: 0 };
      },
    };
    const store = createDocumentStore(structuredClone(fanOut));
    const session = createSessionStore();
    const saving = connectStorage(store, session, saver, {}, 300);
    store.getState().setTitle('slow');
    await vi.advanceTimersByTimeAsync(300);
    store.getState().setTitle('next');
    const flushed = saving.flush();
    release();
    await flushed;
    expect(order).toEqual(['start slow', 'end slow', 'start next', 'end next']);
  });
});
