import type { FlowDocument } from '../model';
import { CURRENT_KEY, MIGRATION_KEY, newStamp, type Db } from './database';
import { readLegacySaves, removeLegacyKeys, type KeyValueStore, type LegacySaves } from './legacySaves';
import { brief, type StorageNotice } from './notices';
import { summaryOf } from './records';
import { inTransaction, messageOf } from './transaction';

export interface MigrationResult {
  notices: StorageNotice[];
  /** The newest old save, when it could not be moved: still opened, from where it is. */
  fallback?: FlowDocument;
}

function noticesOf(saves: LegacySaves): StorageNotice[] {
  const notices: StorageNotice[] = [];
  const [first] = saves.unreadable;
  if (first) {
    const count = saves.unreadable.length;
    notices.push({
      kind: 'kept',
      message: `${count === 1 ? 'A save' : `${count} saves`} could not be opened (${brief(first.errors)}). ${count === 1 ? 'It is' : 'Each is'} kept in this browser: download or discard ${count === 1 ? 'it' : 'them'}.${saves.readable.length > 0 ? ' The newest save that could be read was opened.' : ''}`,
    });
  } else if (saves.pointerMissing && saves.readable.length > 0) {
    notices.push({ kind: 'rebuilt', message: 'The marker of the latest save was missing, so the newest save that could be read was opened.' });
  }
  return notices;
}

/**
 * Moves what the localStorage autosave kept into the database, once: the newest readable save
 * becomes the current diagram (unless the database already has one), every readable one a version,
 * every unreadable one an incident. The old keys are removed only after that has committed.
 */
export async function migrateOnce(db: Db, kv: KeyValueStore | undefined, now: number): Promise<MigrationResult> {
  if (!kv || (await db.get('meta', MIGRATION_KEY))) return { notices: [] };
  let saves: LegacySaves;
  try {
    saves = readLegacySaves(kv);
  } catch (error) {
    return { notices: [{ kind: 'not-kept', message: `The earlier saves in this browser could not be read (${messageOf(error)}); Flowmap tries again next time.` }] };
  }
  const newest = saves.readable[0];
  try {
    await inTransaction(db, ['current', 'versions', 'incidents', 'meta'], async (tx) => {
      if (newest && (await tx.objectStore('current').get(CURRENT_KEY)) === undefined) {
        await tx.objectStore('current').put({ revision: newest.revision, stamp: newStamp(now), savedAt: newest.savedAt || now, ...summaryOf(newest.doc), text: JSON.stringify(newest.doc) }, CURRENT_KEY);
      }
      for (const save of saves.readable) {
        await tx.objectStore('versions').add({ savedAt: save.savedAt || now, reason: 'migrated', ...summaryOf(save.doc), text: JSON.stringify(save.doc) });
      }
      for (const save of saves.unreadable) {
        await tx.objectStore('incidents').add({ foundAt: now, source: `the earlier save "${save.key}"`, errors: save.errors, raw: save.raw });
      }
      await tx.objectStore('meta').put({ migratedAt: now }, MIGRATION_KEY);
    });
  } catch (error) {
    const reason = `The saves kept by the earlier Flowmap could not be moved into this browser's database (${messageOf(error)}); they stay where they are and Flowmap tries again next time.`;
    return {
      notices: [
        { kind: 'not-kept', message: reason },
        ...saves.unreadable.map((save): StorageNotice => ({ kind: 'not-kept', message: `The save "${save.key}" could not be opened (${brief(save.errors)}).`, data: save.raw })),
      ],
      fallback: newest?.doc,
    };
  }
  removeLegacyKeys(kv);
  return { notices: noticesOf(saves) };
}
