import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

/** The one saved diagram being edited; `text` is its JSON, exactly what is validated when read back. */
export interface CurrentRecord {
  revision: number;
  /** New at every write: how a tab tells its own last save from anything written since. */
  stamp: string;
  savedAt: number;
  title: string;
  nodeCount: number;
  text: string;
}

export type VersionReason = 'edit' | 'opened' | 'replaced' | 'migrated';

export interface VersionRecord {
  id?: number;
  savedAt: number;
  reason: VersionReason;
  title: string;
  nodeCount: number;
  text: string;
}

/** A save that could not be read, kept as found: never overwritten, removed only when discarded. */
export interface IncidentRecord {
  id?: number;
  foundAt: number;
  source: string;
  errors: string[];
  raw: string;
}

export interface MigrationRecord {
  migratedAt: number;
}

export interface FlowmapDb extends DBSchema {
  current: { key: 'current'; value: CurrentRecord };
  versions: { key: number; value: VersionRecord };
  incidents: { key: number; value: IncidentRecord };
  meta: { key: 'migration'; value: MigrationRecord };
}

export type Db = IDBPDatabase<FlowmapDb>;
export type WriteTx<S extends StoreNames<FlowmapDb>[]> = IDBPTransaction<FlowmapDb, S, 'readwrite'>;

export const CURRENT_KEY = 'current';

export const newStamp = (at: number) => `${at.toString(36)}-${Math.random().toString(36).slice(2)}`;
export const MIGRATION_KEY = 'migration';
const SCHEMA_VERSION = 1;

/** Opens (creating on first use) the database; rejects when the browser refuses IndexedDB or a newer Flowmap owns it. */
export function openFlowmapDb(name: string, onVersionChange: () => void): Promise<Db> {
  return openDB<FlowmapDb>(name, SCHEMA_VERSION, {
    upgrade(db) {
      db.createObjectStore('current');
      db.createObjectStore('versions', { keyPath: 'id', autoIncrement: true });
      db.createObjectStore('incidents', { keyPath: 'id', autoIncrement: true });
      db.createObjectStore('meta');
    },
    // A newer Flowmap in another tab wants to upgrade: step aside rather than block it.
    blocking: onVersionChange,
  });
}
