import { parseDocumentText } from '../io';
import type { FlowDocument } from '../model';

/** What the app kept in localStorage before IndexedDB: two slots, a pointer, the first key, a kept incident. */
export const LEGACY_KEYS = { a: 'flowmap:a', b: 'flowmap:b', pointer: 'flowmap:current', legacy: 'flowmap:autosave', recovered: 'flowmap:recovered' } as const;

/** The part of `localStorage` the migration uses. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  removeItem(key: string): void;
}

export interface LegacyReadable {
  key: string;
  doc: FlowDocument;
  revision: number;
  savedAt: number;
}

export interface LegacyUnreadable {
  key: string;
  raw: string;
  errors: string[];
}

export interface LegacySaves {
  /** Newest first: highest revision, the pointer's slot on a tie, the first key last. */
  readable: LegacyReadable[];
  unreadable: LegacyUnreadable[];
  /** Slots exist but the pointer to the latest is missing or names no slot. */
  pointerMissing: boolean;
}

function readEnvelope(key: string, raw: string, enveloped: boolean): LegacyReadable | LegacyUnreadable {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return { key, raw, errors: [`the saved data is not valid JSON (${(error as Error).message})`] };
  }
  const envelope = (enveloped ? parsed : { doc: parsed }) as { doc?: unknown; revision?: unknown; savedAt?: unknown } | null;
  const text = JSON.stringify(envelope?.doc);
  if (text === undefined) return { key, raw, errors: ['the saved data holds no diagram'] };
  const loaded = parseDocumentText(text);
  if (!loaded.ok) return { key, raw, errors: loaded.errors };
  const savedAt = typeof envelope?.savedAt === 'string' ? Date.parse(envelope.savedAt) : NaN;
  return { key, doc: loaded.doc, revision: Number(envelope?.revision) || 0, savedAt: Number.isFinite(savedAt) ? savedAt : 0 };
}

/** Reads every old key, whatever the pointer says, so no readable save is skipped. */
export function readLegacySaves(kv: KeyValueStore): LegacySaves {
  const pointer = kv.getItem(LEGACY_KEYS.pointer);
  const found = ([[LEGACY_KEYS.a, true], [LEGACY_KEYS.b, true], [LEGACY_KEYS.legacy, false]] as const).flatMap(([key, enveloped]) => {
    const raw = kv.getItem(key);
    return raw === null ? [] : [readEnvelope(key, raw, enveloped)];
  });
  const pointerKey = pointer === 'a' || pointer === 'b' ? LEGACY_KEYS[pointer] : undefined;
  const readable = found
    .filter((entry): entry is LegacyReadable => 'doc' in entry)
    .sort((x, y) => y.revision - x.revision || Number(y.key === pointerKey) - Number(x.key === pointerKey));
  const unreadable = found.filter((entry): entry is LegacyUnreadable => 'errors' in entry);
  const recovered = kv.getItem(LEGACY_KEYS.recovered);
  // An earlier Flowmap may have copied a slot here already: one incident for the same data.
  if (recovered !== null && !unreadable.some((entry) => entry.raw === recovered)) {
    unreadable.push({ key: LEGACY_KEYS.recovered, raw: recovered, errors: ['kept by an earlier Flowmap because it could not be opened'] });
  }
  const slotsExist = found.some((entry) => entry.key !== LEGACY_KEYS.legacy);
  return { readable, unreadable, pointerMissing: slotsExist && pointerKey === undefined };
}

export function removeLegacyKeys(kv: KeyValueStore): void {
  for (const key of Object.values(LEGACY_KEYS)) kv.removeItem(key);
}
