import type { FlowDocument, LoadResult } from '../model';
import { CURRENT_KEY, newStamp, openFlowmapDb, type Db, type VersionReason } from './database';
import { discardIncident, incidentData, listIncidents, type IncidentInfo } from './incidents';
import { readLegacySaves, type KeyValueStore } from './legacySaves';
import { migrateOnce } from './migrate';
import { brief, type StorageNotice } from './notices';
import { readRecord, serializeForSave, summaryOf, timeText } from './records';
import { readStartingPoint } from './startingPoint';
import { inTransaction, messageOf } from './transaction';
import { addVersion, DEFAULT_HISTORY_LIMITS, listVersions, openVersion, type HistoryLimits, type VersionInfo } from './versions';

export interface StartingPoint {
  /** Undefined when nothing readable is saved here (the app shows its template). */
  doc?: FlowDocument;
  notices: StorageNotice[];
  incidents: IncidentInfo[];
}

/** `opened`: a file was opened, imported or pasted whole — both it and the diagram it replaced become versions. */
export type SaveReason = 'edit' | 'opened';

export type SaveOutcome =
  | { ok: true; revision: number; savedAt: number }
  | { ok: false; reason: 'invalid' | 'conflict' | 'unavailable' | 'failed'; message: string };

export interface StorageOptions {
  /** The database's name; tests give each case its own. */
  name?: string;
  /** Where the earlier autosave kept its saves (`window.localStorage`), migrated once. */
  legacy?: KeyValueStore;
  now?: () => number;
  limits?: Partial<HistoryLimits>;
}

export interface Storage {
  loadStartingPoint(): Promise<StartingPoint>;
  save(doc: FlowDocument, reason?: SaveReason): Promise<SaveOutcome>;
  versions(): Promise<VersionInfo[]>;
  openVersion(id: number): Promise<LoadResult>;
  incidents(): Promise<IncidentInfo[]>;
  incidentData(id: number): Promise<string | undefined>;
  discardIncident(id: number): Promise<void>;
  close(): void;
}

class Conflict extends Error {}

const UNAVAILABLE = 'Your diagram cannot be saved in this browser';

/**
 * Opens the browser storage for diagrams. Never rejects: when IndexedDB is refused (private mode,
 * a newer Flowmap owns the database) the storage still answers, saving nothing and saying why.
 */
export async function openStorage(options: StorageOptions = {}): Promise<Storage> {
  const now = options.now ?? Date.now;
  const limits: HistoryLimits = { ...DEFAULT_HISTORY_LIMITS, ...options.limits };
  let unavailable: string | undefined;
  let db: Db | undefined;
  try {
    db = await openFlowmapDb(options.name ?? 'flowmap', () => {
      db?.close();
      db = undefined;
      unavailable = 'a newer Flowmap was opened in another tab; use that tab';
    });
  } catch (error) {
    unavailable = messageOf(error);
  }
  /** The current record as this tab last read or wrote it. */
  let known: { stamp?: string; revision: number } = { revision: 0 };
  let lastSnapshotAt: number | undefined;
  /** The last document checked and written: the next save checks only what changed since. */
  let lastSerialized: FlowDocument | undefined;

  const unavailableNotice = (): StorageNotice => ({ kind: 'unavailable', message: `${UNAVAILABLE} (${unavailable}). Export it as JSON to keep a copy.` });

  async function loadStartingPoint(): Promise<StartingPoint> {
    if (!db) {
      let doc: FlowDocument | undefined;
      try {
        doc = options.legacy ? readLegacySaves(options.legacy).readable[0]?.doc : undefined;
      } catch {
        doc = undefined;
      }
      return { doc, notices: [unavailableNotice()], incidents: [] };
    }
    try {
      const migration = await migrateOnce(db, options.legacy, now());
      const start = await readStartingPoint(db, now());
      known = start.known ?? { revision: known.revision };
      lastSnapshotAt = (await db.transaction('versions').store.openCursor(null, 'prev'))?.value.savedAt;
      return { doc: start.doc ?? migration.fallback, notices: [...migration.notices, ...start.notices], incidents: await listIncidents(db) };
    } catch (error) {
      return { notices: [{ kind: 'unavailable', message: `The saved diagram could not be read from this browser (${messageOf(error)}). Nothing was changed; reload to try again.` }], incidents: [] };
    }
  }

  async function save(doc: FlowDocument, reason: SaveReason = 'edit'): Promise<SaveOutcome> {
    if (!db) return { ok: false, reason: 'unavailable', message: unavailableNotice().message };
    const serialized = serializeForSave(doc, lastSerialized);
    if (!serialized.ok) return { ok: false, reason: 'invalid', message: `This diagram was not saved, because it could not be opened again: ${brief(serialized.errors)}.` };
    const { text } = serialized;
    lastSerialized = doc;
    const savedAt = now();
    const snapshot = reason === 'opened' || lastSnapshotAt === undefined || savedAt - lastSnapshotAt >= limits.intervalMs;
    try {
      const written = await inTransaction(db, ['current', 'versions', 'incidents'], async (tx) => {
        const store = tx.objectStore('current');
        const existing = await store.get(CURRENT_KEY);
        const ours = existing !== undefined && known.stamp !== undefined && existing.stamp === known.stamp;
        if (existing !== undefined && !ours) {
          const read = readRecord(existing);
          if (read.ok) throw new Conflict();
          // Another writer left something unreadable here: keep it before writing over its place.
          await tx.objectStore('incidents').add({ foundAt: savedAt, source: `the save of ${timeText(existing.savedAt)}, found in place of this tab's`, errors: read.errors, raw: read.raw });
        }
        const next = { stamp: newStamp(savedAt), revision: Math.max(Number(existing?.revision) || 0, known.revision) + 1 };
        await store.put({ ...next, savedAt, ...summaryOf(doc), text }, CURRENT_KEY);
        if (reason === 'opened' && ours && existing.savedAt > (lastSnapshotAt ?? -Infinity)) {
          await addVersion(tx, { savedAt: existing.savedAt, reason: 'replaced', title: existing.title, nodeCount: existing.nodeCount, text: existing.text }, limits);
        }
        const versionReason: VersionReason = reason === 'opened' ? 'opened' : 'edit';
        if (snapshot) await addVersion(tx, { savedAt, reason: versionReason, ...summaryOf(doc), text }, limits);
        return next;
      });
      known = written;
      if (snapshot) lastSnapshotAt = savedAt;
      return { ok: true, revision: written.revision, savedAt };
    } catch (error) {
      if (error instanceof Conflict) return { ok: false, reason: 'conflict', message: 'Another tab saved this diagram since this tab loaded it, so this tab did not overwrite it.' };
      return { ok: false, reason: 'failed', message: `The browser refused to save the diagram (${messageOf(error)}). Export it as JSON to keep a copy.` };
    }
  }

  const needDb = async <T>(fallback: T, run: (db: Db) => Promise<T>): Promise<T> => (db ? run(db) : fallback);

  return {
    loadStartingPoint,
    save,
    versions: () => needDb([], listVersions),
    openVersion: (id) => needDb<LoadResult>({ ok: false, errors: [unavailableNotice().message] }, (open) => openVersion(open, id)),
    incidents: () => needDb([], listIncidents),
    incidentData: (id) => needDb(undefined, (open) => incidentData(open, id)),
    discardIncident: (id) => needDb(undefined, (open) => discardIncident(open, id)),
    close: () => db?.close(),
  };
}
