import 'fake-indexeddb/auto';
import { CURRENT_VERSION, FORMAT, type FlowDocument, type FlowNode } from '../model';
import { openFlowmapDb, type Db } from './database';
import type { KeyValueStore } from './legacySaves';
import { openStorage, type StorageOptions } from './storage';

/** A diagram of `count` services named after the title, so a test can tell diagrams apart. */
export function diagramTitled(title: string, count = 1): FlowDocument {
  const nodes: FlowNode[] = Array.from({ length: count }, (_, i) => ({ id: `n${i}`, kind: 'service', label: `${title} ${i}` }));
  return { format: FORMAT, version: CURRENT_VERSION, title, nodes, edges: [] };
}

/** A localStorage stand-in holding `entries`. */
export function memoryKeyValue(entries: Record<string, string> = {}): KeyValueStore & { setItem(key: string, value: string): void; keys(): string[] } {
  const map = new Map(Object.entries(entries));
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    keys: () => [...map.keys()].sort(),
  };
}

/** The envelope the localStorage autosave wrote into each slot. */
export const slotEnvelope = (doc: unknown, revision: number) => JSON.stringify({ savedAt: '2025-01-01T00:00:00.000Z', revision, doc });

let databases = 0;

/** A fresh database per call; `open` opens (or reopens, like a reload) the storage on it. */
export function testDatabase(options: Omit<StorageOptions, 'name'> = {}) {
  const name = `flowmap-test-${++databases}`;
  return {
    name,
    open: (more: Omit<StorageOptions, 'name'> = {}) => openStorage({ name, ...options, ...more }),
    /** Direct access, to damage records as a crash, a bug or a newer Flowmap would. */
    raw: (): Promise<Db> => openFlowmapDb(name, () => undefined),
  };
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.parse('2026-01-01T00:00:00Z')) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}
