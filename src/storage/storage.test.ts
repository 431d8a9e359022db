import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { LIMITS } from '../model';
import { diagramTitled, manualClock, testDatabase } from './testing';

const MINUTE = 60_000;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('openStorage: saving the current diagram', () => {
  it('a save reported done is there after a reload', async () => {
    const db = testDatabase();
    const storage = await db.open();
    expect((await storage.loadStartingPoint()).doc).toBeUndefined();
    expect(await storage.save(diagramTitled('first'))).toMatchObject({ ok: true, revision: 1 });
    expect(await storage.save(diagramTitled('second'))).toMatchObject({ ok: true, revision: 2 });
    storage.close();
    const start = await (await db.open()).loadStartingPoint();
    expect(start.doc?.title).toBe('second');
    expect(start.notices).toEqual([]);
  });

  it('refuses a diagram with a coordinate that is not a finite number, naming the field (P5), and keeps the last save', async () => {
    const db = testDatabase();
    const storage = await db.open();
    await storage.save(diagramTitled('good'));
    const bad = diagramTitled('bad');
    bad.nodes[0]!.position = { x: 1e308 * 10, y: 0 };
    const outcome = await storage.save(bad);
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!outcome.ok && outcome.message).toMatch(/nodes\[0\]\.position\.x/);
    expect((await (await db.open()).loadStartingPoint()).doc?.title).toBe('good');
  });

  it('refuses a diagram past the node limit (P6): the last save still opens', async () => {
    const db = testDatabase();
    const storage = await db.open();
    await storage.save(diagramTitled('fits', 3));
    const outcome = await storage.save(diagramTitled('too big', LIMITS.nodes + 1));
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!outcome.ok && outcome.message).toMatch(/nodes/);
    expect((await (await db.open()).loadStartingPoint()).doc?.title).toBe('fits');
  });

  it('never overwrites a save another tab made since this one loaded', async () => {
    const db = testDatabase();
    const first = await db.open();
    await first.loadStartingPoint();
    await first.save(diagramTitled('from the first tab'));
    const second = await db.open();
    await second.loadStartingPoint();
    await second.save(diagramTitled('from the second tab'));
    expect(await first.save(diagramTitled('stale'))).toMatchObject({ ok: false, reason: 'conflict' });
    expect((await (await db.open()).loadStartingPoint()).doc?.title).toBe('from the second tab');
  });

  it('keeps an unreadable save another writer left in its place, then saves', async () => {
    const db = testDatabase();
    const storage = await db.open();
    await storage.save(diagramTitled('mine'));
    const raw = await db.raw();
    await raw.put('current', { revision: 9, stamp: 'foreign', savedAt: 5, title: 'future', nodeCount: 1, text: JSON.stringify({ ...diagramTitled('future'), version: 99 }) }, 'current');
    expect(await storage.save(diagramTitled('mine, edited'))).toMatchObject({ ok: true });
    const [incident] = await storage.incidents();
    expect(incident?.errors.join()).toMatch(/version: 99 is newer/);
    expect(await storage.incidentData(incident!.id)).toContain('"version":99');
  });

  it('a full browser storage is reported, and the last save stays', async () => {
    const db = testDatabase();
    const storage = await db.open();
    await storage.save(diagramTitled('kept'));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const outcome = await storage.save(diagramTitled('lost'));
    expect(outcome).toMatchObject({ ok: false, reason: 'failed' });
    expect(!outcome.ok && outcome.message).toMatch(/quota/);
    vi.restoreAllMocks();
    expect((await (await db.open()).loadStartingPoint()).doc?.title).toBe('kept');
  });

  it('still starts and says why when the database belongs to a newer Flowmap', async () => {
    const db = testDatabase();
    (await openDB(db.name, 5)).close();
    const storage = await db.open();
    const start = await storage.loadStartingPoint();
    expect(start.notices.map((n) => n.kind)).toEqual(['unavailable']);
    expect(await storage.save(diagramTitled('x'))).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});

describe('version history', () => {
  it('takes a snapshot every two minutes of editing, not at every save', async () => {
    const clock = manualClock();
    const storage = await testDatabase({ now: clock.now }).open();
    await storage.loadStartingPoint();
    for (let i = 0; i < 10; i++) {
      await storage.save(diagramTitled(`edit ${i}`));
      clock.advance(30_000);
    }
    // Saved at 0, 30 s, … 270 s: snapshots at 0, 120 s and 240 s.
    expect((await storage.versions()).map((v) => v.title)).toEqual(['edit 8', 'edit 4', 'edit 0']);
  });

  it('opening a file keeps both the diagram it replaces and the opened one, with time, title and node count', async () => {
    const clock = manualClock();
    const storage = await testDatabase({ now: clock.now }).open();
    await storage.loadStartingPoint();
    await storage.save(diagramTitled('drawn by hand', 2));
    clock.advance(10_000);
    await storage.save(diagramTitled('drawn by hand, more', 3));
    clock.advance(10_000);
    await storage.save(diagramTitled('opened file', 4), 'opened');
    const versions = await storage.versions();
    expect(versions.map(({ title, nodeCount, reason }) => ({ title, nodeCount, reason }))).toEqual([
      { title: 'opened file', nodeCount: 4, reason: 'opened' },
      { title: 'drawn by hand, more', nodeCount: 3, reason: 'replaced' },
      { title: 'drawn by hand', nodeCount: 2, reason: 'edit' },
    ]);
    expect(versions[0]!.savedAt).toBe(clock.now());
    const reopened = await storage.openVersion(versions[1]!.id);
    expect(reopened.ok && reopened.doc.nodes).toHaveLength(3);
  });

  it('is bounded by count and by size, dropping the oldest', async () => {
    const clock = manualClock();
    const storage = await testDatabase({ now: clock.now, limits: { maxVersions: 3, maxChars: 1_000_000 } }).open();
    await storage.loadStartingPoint();
    for (let i = 0; i < 6; i++) {
      await storage.save(diagramTitled(`v${i}`), 'opened');
      clock.advance(MINUTE);
    }
    expect((await storage.versions()).map((v) => v.title)).toEqual(['v5', 'v4', 'v3']);

    const small = await testDatabase({ now: clock.now, limits: { maxVersions: 30, maxChars: 2 * JSON.stringify(diagramTitled('v0', 20)).length } }).open();
    await small.loadStartingPoint();
    for (let i = 0; i < 4; i++) {
      await small.save(diagramTitled(`v${i}`, 20), 'opened');
      clock.advance(MINUTE);
    }
    expect((await small.versions()).map((v) => v.title)).toEqual(['v3', 'v2']);
  });

  it('a snapshot dropped for room that cannot be read is kept as an incident, not deleted', async () => {
    const clock = manualClock();
    const db = testDatabase({ now: clock.now, limits: { maxVersions: 2 } });
    const storage = await db.open();
    await storage.loadStartingPoint();
    await storage.save(diagramTitled('v0'), 'opened');
    const [oldest] = await storage.versions();
    const raw = await db.raw();
    await raw.put('versions', { ...(await raw.get('versions', oldest!.id))!, text: 'DAMAGED' });
    for (let i = 1; i < 4; i++) {
      clock.advance(MINUTE);
      await storage.save(diagramTitled(`v${i}`), 'opened');
    }
    const incidents = await storage.incidents();
    expect(incidents).toHaveLength(1);
    expect(await storage.incidentData(incidents[0]!.id)).toBe('DAMAGED');
  });
});
