import { loadDocument, type FlowDocument } from '../model';

/** What autosave needs from browser storage; `window.localStorage` is one. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type SavedState =
  | { status: 'empty' }
  | { status: 'ok'; doc: FlowDocument; savedAt?: string; revision: number; recoveredFromBackup: boolean }
  | { status: 'corrupt'; raw: string; errors: string[] };

export type SaveResult = { ok: true; revision: number } | { ok: false; error: string };

/** Where the app kept its diagram before saves went to two slots: read once so nobody's work is lost. */
export const LEGACY_KEY = 'flowmap:autosave';

interface Envelope {
  savedAt: string;
  revision: number;
  doc: unknown;
}

type Slot = 'a' | 'b';
const other = (slot: Slot): Slot => (slot === 'a' ? 'b' : 'a');

function read(raw: string | null, enveloped: boolean): { doc: FlowDocument; savedAt?: string; revision: number } | { errors: string[] } | undefined {
  if (raw === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    const envelope = (enveloped ? parsed : { doc: parsed, revision: 0 }) as Partial<Envelope>;
    const loaded = loadDocument(envelope?.doc);
    if (!loaded.ok) return { errors: loaded.errors };
    return { doc: loaded.doc, savedAt: typeof envelope.savedAt === 'string' ? envelope.savedAt : undefined, revision: Number(envelope.revision) || 0 };
  } catch (error) {
    return { errors: [`the saved data is not valid JSON (${(error as Error).message})`] };
  }
}

/**
 * Crash-safe saves: each save writes the slot not in use, then switches the pointer to it, so a tab
 * killed mid-write leaves the previous good copy in place; loading falls back to that copy.
 */
export function createAutosave(kv: KeyValueStore, key = 'flowmap') {
  const pointerKey = `${key}:current`;
  const slotKey = (slot: Slot) => `${key}:${slot}`;
  const currentSlot = (): Slot | undefined => {
    const value = kv.getItem(pointerKey);
    return value === 'a' || value === 'b' ? value : undefined;
  };
  let revision = 0;

  function load(): SavedState {
    const current = currentSlot();
    const candidates: [string | null, boolean][] = current
      ? [[kv.getItem(slotKey(current)), true], [kv.getItem(slotKey(other(current))), true]]
      : [[kv.getItem(LEGACY_KEY), false]];
    let firstProblem: { raw: string; errors: string[] } | undefined;
    for (const [index, [raw, enveloped]] of candidates.entries()) {
      const result = read(raw, enveloped);
      if (!result) continue;
      if ('doc' in result) {
        revision = result.revision;
        return { status: 'ok', doc: result.doc, savedAt: result.savedAt, revision: result.revision, recoveredFromBackup: index > 0 };
      }
      firstProblem ??= { raw: raw!, errors: result.errors };
    }
    return firstProblem ? { status: 'corrupt', ...firstProblem } : { status: 'empty' };
  }

  function save(doc: FlowDocument): SaveResult {
    const next = other(currentSlot() ?? 'b');
    const envelope: Envelope = { savedAt: new Date().toISOString(), revision: revision + 1, doc };
    try {
      kv.setItem(slotKey(next), JSON.stringify(envelope));
      kv.setItem(pointerKey, next);
      revision += 1;
      return { ok: true, revision };
    } catch (error) {
      return { ok: false, error: (error as Error).message || 'the browser refused to store the diagram' };
    }
  }

  return { load, save, pointerKey };
}

export type Autosave = ReturnType<typeof createAutosave>;
