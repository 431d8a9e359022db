import type { FlowDocument } from '../model';
import { CURRENT_KEY, type Db, type IncidentRecord } from './database';
import { brief, type StorageNotice } from './notices';
import { readRecord, timeText } from './records';
import { inTransaction, messageOf } from './transaction';
import { versionsNewestFirst } from './versions';

export interface StoredStart {
  doc?: FlowDocument;
  /** The current record this tab continues from; undefined when none is readable. */
  known?: { stamp: string; revision: number };
  notices: StorageNotice[];
}

/** Moves an unreadable record to its own incident in one transaction; false when the browser refused. */
async function setAside(db: Db, from: 'current' | 'versions', key: typeof CURRENT_KEY | number, incident: IncidentRecord, notices: StorageNotice[]): Promise<boolean> {
  try {
    await inTransaction(db, [from, 'incidents'], async (tx) => {
      await tx.objectStore('incidents').add(incident);
      await tx.objectStore(from).delete(key as never);
    });
    notices.push({ kind: 'kept', message: `A save could not be opened (${brief(incident.errors)}). It is kept in this browser: download or discard it.` });
    return true;
  } catch (error) {
    notices.push({
      kind: 'not-kept',
      message: `A save could not be opened (${brief(incident.errors)}) nor set aside (${messageOf(error)}); it stays where it is and is not overwritten. Download it to keep a copy.`,
      data: incident.raw,
    });
    return false;
  }
}

/**
 * The diagram to open: the current record if it reads, else the newest version that reads (the
 * person is told). Every unreadable record met on the way is set aside as an incident.
 */
export async function readStartingPoint(db: Db, now: number): Promise<StoredStart> {
  const notices: StorageNotice[] = [];
  const current = await db.get('current', CURRENT_KEY);
  if (current !== undefined) {
    const read = readRecord(current);
    if (read.ok) return { doc: read.doc, known: { stamp: current.stamp, revision: current.revision }, notices };
    await setAside(db, 'current', CURRENT_KEY, { foundAt: now, source: `the save of ${timeText(current.savedAt)}`, errors: read.errors, raw: read.raw }, notices);
  }
  for (const version of await versionsNewestFirst(db)) {
    const read = readRecord(version);
    if (read.ok) {
      const what = current === undefined ? 'The record of the latest save was missing' : 'The latest save could not be opened';
      notices.push({ kind: current === undefined ? 'rebuilt' : 'opened-older', message: `${what}, so the newest version that could be read (saved ${timeText(version.savedAt)}) was opened.` });
      return { doc: read.doc, notices };
    }
    await setAside(db, 'versions', version.id, { foundAt: now, source: `a version saved ${timeText(version.savedAt)}`, errors: read.errors, raw: read.raw }, notices);
  }
  return { notices };
}
