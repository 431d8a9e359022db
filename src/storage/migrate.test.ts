import { afterEach, describe, expect, it, vi } from 'vitest';
import { LEGACY_KEYS } from './legacySaves';
import { diagramTitled, memoryKeyValue, slotEnvelope, testDatabase } from './testing';

afterEach(() => {
  vi.restoreAllMocks();
});

const newer = (title: string) => ({ ...diagramTitled(title), version: 3, newField: 'future data' });

/** Opens the storage on `legacy` like a first start after the update, then saves twice, like two edits. */
async function startAndEditTwice(legacy: ReturnType<typeof memoryKeyValue>) {
  const db = testDatabase({ legacy });
  const storage = await db.open();
  const start = await storage.loadStartingPoint();
  await storage.save(diagramTitled('edit 1'));
  await storage.save(diagramTitled('edit 2'));
  return { db, storage, start };
}

describe('moving the localStorage saves into the database', () => {
  it('P1: a save from a newer Flowmap is kept as an incident and offered; the older slot opens; edits do not destroy it', async () => {
    const newest = slotEnvelope(newer('SLOT-A-NEWEST'), 6);
    const legacy = memoryKeyValue({ [LEGACY_KEYS.a]: newest, [LEGACY_KEYS.b]: slotEnvelope(diagramTitled('SLOT-B-OLDER'), 5), [LEGACY_KEYS.pointer]: 'a' });
    const { storage, start } = await startAndEditTwice(legacy);
    expect(start.doc?.title).toBe('SLOT-B-OLDER');
    expect(start.notices.map((n) => n.kind)).toEqual(['kept']);
    expect(start.notices[0]!.message).toMatch(/version: 3 is newer than this Flowmap understands/);
    const [incident] = await storage.incidents();
    expect(await storage.incidentData(incident!.id)).toBe(newest);
  });

  it('P1: a truncated latest slot is kept the same way', async () => {
    const truncated = slotEnvelope(diagramTitled('SLOT-A-NEWEST'), 6).slice(0, 40);
    const legacy = memoryKeyValue({ [LEGACY_KEYS.a]: truncated, [LEGACY_KEYS.b]: slotEnvelope(diagramTitled('SLOT-B-OLDER'), 5), [LEGACY_KEYS.pointer]: 'a' });
    const { storage, start } = await startAndEditTwice(legacy);
    expect(start.doc?.title).toBe('SLOT-B-OLDER');
    const [incident] = await storage.incidents();
    expect(incident?.errors.join()).toMatch(/not valid JSON/);
    expect(await storage.incidentData(incident!.id)).toBe(truncated);
  });

  it.each([['c'], [undefined]])('P2: pointer %s — both slots are read, the newest opens with a word, and the older one stays as a version', async (pointer) => {
    const legacy = memoryKeyValue({ [LEGACY_KEYS.a]: slotEnvelope(diagramTitled('SLOT-A-NEWEST'), 6), [LEGACY_KEYS.b]: slotEnvelope(diagramTitled('SLOT-B-OLDER'), 5) });
    if (pointer) legacy.setItem(LEGACY_KEYS.pointer, pointer);
    const { storage, start } = await startAndEditTwice(legacy);
    expect(start.doc?.title).toBe('SLOT-A-NEWEST');
    expect(start.notices.map((n) => n.kind)).toEqual(['rebuilt']);
    const titles = (await storage.versions()).map((v) => v.title);
    expect(titles).toEqual(expect.arrayContaining(['SLOT-A-NEWEST', 'SLOT-B-OLDER']));
  });

  it('P3: a second incident is kept beside the first, each downloads its own data, and one can be discarded alone', async () => {
    const legacy = memoryKeyValue({
      [LEGACY_KEYS.recovered]: 'OLD-INCIDENT-DATA',
      [LEGACY_KEYS.a]: 'NEW-INCIDENT-DATA-A',
      [LEGACY_KEYS.b]: 'NEW-INCIDENT-DATA-B',
      [LEGACY_KEYS.pointer]: 'a',
    });
    const { storage, start } = await startAndEditTwice(legacy);
    expect(start.doc).toBeUndefined();
    const incidents = await storage.incidents();
    const data = await Promise.all(incidents.map((incident) => storage.incidentData(incident.id)));
    expect(data.sort()).toEqual(['NEW-INCIDENT-DATA-A', 'NEW-INCIDENT-DATA-B', 'OLD-INCIDENT-DATA']);
    await storage.discardIncident(incidents[0]!.id);
    expect(await storage.incidents()).toHaveLength(2);
  });

  it('P4: two 1.7 M-character unreadable slots are kept, and start-up still answers', async () => {
    const big = (c: string) => '{"savedAt":"x","doc":{"format":"flowmap","title":"' + c.repeat(1.7 * 1024 * 1024);
    const legacy = memoryKeyValue({ [LEGACY_KEYS.a]: big('A'), [LEGACY_KEYS.b]: big('B'), [LEGACY_KEYS.pointer]: 'a' });
    const { storage } = await startAndEditTwice(legacy);
    expect((await storage.incidents()).map((i) => i.size)).toEqual([big('A').length, big('B').length]);
  });

  it('P4: when the browser refuses the room, start-up still answers, says what it could not keep, and the old keys stay for the next try', async () => {
    const legacy = memoryKeyValue({ [LEGACY_KEYS.a]: 'UNREADABLE', [LEGACY_KEYS.b]: slotEnvelope(diagramTitled('SLOT-B'), 5), [LEGACY_KEYS.pointer]: 'a' });
    const db = testDatabase({ legacy });
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const start = await (await db.open()).loadStartingPoint();
    expect(start.doc?.title).toBe('SLOT-B');
    expect(start.notices.map((n) => n.kind)).toEqual(['not-kept', 'not-kept']);
    expect(start.notices[1]!.data).toBe('UNREADABLE');
    expect(legacy.keys()).toEqual([LEGACY_KEYS.a, LEGACY_KEYS.b, LEGACY_KEYS.pointer].sort());

    vi.restoreAllMocks();
    const storage = await db.open();
    expect((await storage.loadStartingPoint()).doc?.title).toBe('SLOT-B');
    expect(await storage.incidentData((await storage.incidents())[0]!.id)).toBe('UNREADABLE');
    expect(legacy.keys()).toEqual([]);
  });

  it('reads the key of the first app version, and migrates only once', async () => {
    const legacy = memoryKeyValue({ [LEGACY_KEYS.legacy]: JSON.stringify(diagramTitled('first app')) });
    const db = testDatabase({ legacy });
    expect((await (await db.open()).loadStartingPoint()).doc?.title).toBe('first app');
    expect(legacy.keys()).toEqual([]);
    legacy.setItem(LEGACY_KEYS.a, slotEnvelope(diagramTitled('written later by an old tab'), 9));
    const storage = await db.open();
    expect((await storage.loadStartingPoint()).doc?.title).toBe('first app');
    expect(await storage.incidents()).toEqual([]);
  });

  it('never replaces a diagram the database already holds: the old save becomes a version', async () => {
    const db = testDatabase({ legacy: memoryKeyValue({ [LEGACY_KEYS.a]: slotEnvelope(diagramTitled('old slot'), 3), [LEGACY_KEYS.pointer]: 'a' }) });
    // Saved by a start whose migration did not get through.
    await (await db.open({ legacy: undefined })).save(diagramTitled('in the database'));
    const storage = await db.open();
    expect((await storage.loadStartingPoint()).doc?.title).toBe('in the database');
    expect((await storage.versions()).map((v) => v.title)).toContain('old slot');
  });
});
