import type { LoadResult } from '../model';
import type { Db, VersionReason, VersionRecord, WriteTx } from './database';
import { rawOf, readRecord, timeText } from './records';

export interface HistoryLimits {
  /** How many snapshots are kept at most. */
  maxVersions: number;
  /** How many characters of diagram text all snapshots may hold together (the newest is always kept). */
  maxChars: number;
  /** Editing for this long since the newest snapshot takes another. */
  intervalMs: number;
}

export const DEFAULT_HISTORY_LIMITS: HistoryLimits = { maxVersions: 30, maxChars: 10_000_000, intervalMs: 2 * 60 * 1000 };

export interface VersionInfo {
  id: number;
  savedAt: number;
  reason: VersionReason;
  title: string;
  nodeCount: number;
  size: number;
}

type Stored = VersionRecord & { id: number };

const sizeOf = (record: VersionRecord) => rawOf(record.text).length;
const oldestFirst = (x: Stored, y: Stored) => x.savedAt - y.savedAt || x.id - y.id;

/** Listing data only; a damaged record still lists, with what can be told about it. */
function infoOf(record: Stored): VersionInfo {
  return {
    id: record.id,
    savedAt: Number(record.savedAt) || 0,
    reason: record.reason,
    title: typeof record.title === 'string' ? record.title : '',
    nodeCount: Number(record.nodeCount) || 0,
    size: sizeOf(record),
  };
}

export async function versionsNewestFirst(db: Db): Promise<Stored[]> {
  return ((await db.getAll('versions')) as Stored[]).sort(oldestFirst).reverse();
}

export async function listVersions(db: Db): Promise<VersionInfo[]> {
  return (await versionsNewestFirst(db)).map(infoOf);
}

export async function openVersion(db: Db, id: number): Promise<LoadResult> {
  const record = await db.get('versions', id);
  if (!record) return { ok: false, errors: ['this version is no longer kept'] };
  const read = readRecord(record);
  return read.ok ? read : { ok: false, errors: read.errors };
}

/**
 * Adds a snapshot, then drops the oldest past the limits. A dropped snapshot that cannot be read is
 * kept as an incident instead of deleted.
 */
export async function addVersion(tx: WriteTx<['current', 'versions', 'incidents']>, record: VersionRecord, limits: HistoryLimits): Promise<void> {
  const versions = tx.objectStore('versions');
  const newestId = await versions.add(record);
  const all = ((await versions.getAll()) as Stored[]).sort(oldestFirst);
  let count = all.length;
  let chars = all.reduce((sum, version) => sum + sizeOf(version), 0);
  for (const old of all) {
    if (count <= limits.maxVersions && chars <= limits.maxChars) break;
    if (old.id === newestId) continue;
    const read = readRecord(old);
    if (!read.ok) await tx.objectStore('incidents').add({ foundAt: record.savedAt, source: `a version saved ${timeText(old.savedAt)}`, errors: read.errors, raw: read.raw });
    await versions.delete(old.id);
    count -= 1;
    chars -= sizeOf(old);
  }
}
