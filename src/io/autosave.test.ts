import { describe, expect, it } from 'vitest';
import { dualWrite, fanOut } from '../templates';
import { LEGACY_KEY, createAutosave, type KeyValueStore } from './autosave';

class MemoryStore implements KeyValueStore {
  data = new Map<string, string>();
  /** Throws on the n-th write from now, like a tab killed or a full quota. */
  failOnWrite?: number;
  getItem = (key: string) => this.data.get(key) ?? null;
  setItem = (key: string, value: string) => {
    if (this.failOnWrite !== undefined && this.failOnWrite-- === 0) throw new Error('QuotaExceededError');
    this.data.set(key, value);
  };
  removeItem = (key: string) => void this.data.delete(key);
}

describe('autosave', () => {
  it('saves and loads the latest diagram', () => {
    const kv = new MemoryStore();
    const autosave = createAutosave(kv);
    expect(autosave.load()).toEqual({ status: 'empty' });
    autosave.save(fanOut);
    expect(autosave.save(dualWrite)).toEqual({ ok: true, revision: 2 });
    expect(createAutosave(kv).load()).toMatchObject({ status: 'ok', doc: dualWrite, revision: 2, recoveredFromBackup: false });
  });

  it('a crash in the middle of a save leaves the previous diagram loadable', () => {
    const kv = new MemoryStore();
    const autosave = createAutosave(kv);
    autosave.save(fanOut);
    kv.failOnWrite = 1; // the slot is written, the switch is not
    expect(autosave.save(dualWrite)).toMatchObject({ ok: false });
    expect(createAutosave(kv).load()).toMatchObject({ status: 'ok', doc: fanOut });
    kv.failOnWrite = 0; // nothing is written at all
    expect(autosave.save(dualWrite)).toEqual({ ok: false, error: 'QuotaExceededError' });
    expect(createAutosave(kv).load()).toMatchObject({ status: 'ok', doc: fanOut });
  });

  it('a damaged current copy falls back to the previous one', () => {
    const kv = new MemoryStore();
    const autosave = createAutosave(kv);
    autosave.save(fanOut);
    autosave.save(dualWrite);
    kv.data.set(`flowmap:${kv.getItem('flowmap:current')}`, '{"savedAt":"x","revision":2,"doc":{"format":"flowmap"');
    expect(createAutosave(kv).load()).toMatchObject({ status: 'ok', doc: fanOut, recoveredFromBackup: true });
  });

  it('when no copy loads, the raw data is handed back for download instead of being dropped', () => {
    const kv = new MemoryStore();
    createAutosave(kv).save(fanOut);
    const future = JSON.stringify({ savedAt: 'x', revision: 1, doc: { ...fanOut, version: 7 } });
    kv.data.set('flowmap:a', future);
    const state = createAutosave(kv).load();
    expect(state).toMatchObject({ status: 'corrupt', raw: future });
    expect(state.status === 'corrupt' && state.errors.join()).toMatch(/version/);
  });

  it('reads the diagram the app saved before slots existed', () => {
    const kv = new MemoryStore();
    kv.setItem(LEGACY_KEY, JSON.stringify(dualWrite));
    expect(createAutosave(kv).load()).toMatchObject({ status: 'ok', doc: dualWrite });
    kv.setItem(LEGACY_KEY, 'not json');
    expect(createAutosave(kv).load()).toMatchObject({ status: 'corrupt', raw: 'not json' });
  });

  it('keeps counting revisions after a reload', () => {
    const kv = new MemoryStore();
    createAutosave(kv).save(fanOut);
    const again = createAutosave(kv);
    again.load();
    expect(again.save(fanOut)).toEqual({ ok: true, revision: 2 });
  });
});
