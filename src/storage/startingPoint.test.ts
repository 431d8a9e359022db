import { afterEach, describe, expect, it, vi } from 'vitest';
import { diagramTitled, manualClock, testDatabase } from './testing';

afterEach(() => {
  vi.restoreAllMocks();
});

const MINUTE = 60_000;
const futureText = JSON.stringify({ ...diagramTitled('from a newer Flowmap'), version: 3 });

/** A database with versions 'v0'…'v2' a minute apart, the current diagram 'v2'. */
async function threeVersions() {
  const clock = manualClock();
  const db = testDatabase({ now: clock.now });
  const storage = await db.open();
  await storage.loadStartingPoint();
  for (let i = 0; i < 3; i++) {
    await storage.save(diagramTitled(`v${i}`), 'opened');
    clock.advance(MINUTE);
  }
  storage.close();
  return { db, raw: await db.raw() };
}

describe('loadStartingPoint after damage in the database', () => {
  it('a current save from a newer Flowmap is kept as its own incident; the newest readable version opens, and later saves leave the incident alone', async () => {
    const { db, raw } = await threeVersions();
    await raw.put('current', { revision: 7, stamp: 'foreign', savedAt: 1, title: 'x', nodeCount: 1, text: futureText }, 'current');
    const storage = await db.open();
    const start = await storage.loadStartingPoint();
    expect(start.doc?.title).toBe('v2');
    expect(start.notices.map((n) => n.kind)).toEqual(['kept', 'opened-older']);
    expect(start.incidents).toHaveLength(1);
    await storage.save(diagramTitled('edit 1'));
    await storage.save(diagramTitled('edit 2'));
    expect(await storage.incidentData(start.incidents[0]!.id)).toBe(futureText);
  });

  it('a missing current record is rebuilt from the newest readable version, and the person is told', async () => {
    const { db, raw } = await threeVersions();
    await raw.delete('current', 'current');
    const start = await (await db.open()).loadStartingPoint();
    expect(start.doc?.title).toBe('v2');
    expect(start.notices.map((n) => n.kind)).toEqual(['rebuilt']);
  });

  it('skips unreadable versions, keeping each, to the newest one that reads', async () => {
    const { db, raw } = await threeVersions();
    await raw.put('current', { revision: 7 } as never, 'current');
    const [newestVersion] = (await raw.getAll('versions')).reverse();
    await raw.put('versions', { ...newestVersion!, text: 'TRUNCATED {' });
    const storage = await db.open();
    const start = await storage.loadStartingPoint();
    expect(start.doc?.title).toBe('v1');
    const kept = await Promise.all(start.incidents.map((i) => storage.incidentData(i.id)));
    expect(kept.sort()).toEqual(['TRUNCATED {', '{"revision":7}']);
  });

  it('when the damaged save cannot be set aside, it is offered for download and no save overwrites it until it can be', async () => {
    const { db, raw } = await threeVersions();
    await raw.put('current', { revision: 7, stamp: 'foreign', savedAt: 1, title: 'x', nodeCount: 1, text: futureText }, 'current');
    const refuse = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const storage = await db.open();
    const start = await storage.loadStartingPoint();
    expect(start.doc?.title).toBe('v2');
    expect(start.notices[0]).toMatchObject({ kind: 'not-kept', data: futureText });
    expect(await storage.save(diagramTitled('edit'))).toMatchObject({ ok: false, reason: 'failed' });
    expect((await raw.get('current', 'current'))?.text).toBe(futureText);

    refuse.mockRestore();
    expect(await storage.save(diagramTitled('edit'))).toMatchObject({ ok: true });
    const [incident] = await storage.incidents();
    expect(await storage.incidentData(incident!.id)).toBe(futureText);
  });
});
