import { parseDocumentText, sizeProblem } from '../io';
import { isValidated, loadDocument, validFrom, type FlowDocument, type LoadResult } from '../model';

export type Readable = { ok: true; doc: FlowDocument } | { ok: false; errors: string[]; raw: string };

/** The record as text, whatever it holds, so it can be kept and downloaded as found. */
export function rawOf(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Reads a stored record's `text` with the same checks as an opened file. */
export function readRecord(record: unknown): Readable {
  const text = typeof record === 'object' && record !== null ? (record as { text?: unknown }).text : undefined;
  if (typeof text !== 'string') return { ok: false, errors: ['the saved record holds no diagram text'], raw: rawOf(record) };
  const loaded = parseDocumentText(text);
  return loaded.ok ? loaded : { ok: false, errors: loaded.errors, raw: text };
}

/**
 * The document as it will be stored, validated exactly as an opened file would be; a document that
 * could not be opened again (non-finite numbers, past the limits) is refused. Given `base`, the last
 * document saved, only what the edits since then changed is checked again (`validFrom`).
 */
export function serializeForSave(doc: FlowDocument, base?: FlowDocument): { ok: true; text: string } | { ok: false; errors: string[] } {
  const text = JSON.stringify(doc);
  // A document opened, restored or made by edits from one checked before: only its size is left to check.
  if (isValidated(doc) || (base !== undefined && validFrom(base, doc))) {
    const tooBig = sizeProblem(text);
    return tooBig ? { ok: false, errors: [tooBig] } : { ok: true, text };
  }
  const reread: LoadResult = parseDocumentText(text);
  if (reread.ok) return { ok: true, text };
  // The object itself names the field better (JSON writes Infinity as null).
  const direct = loadDocument(doc);
  return { ok: false, errors: direct.ok ? reread.errors : direct.errors };
}

export const summaryOf = (doc: FlowDocument) => ({ title: doc.title, nodeCount: doc.nodes.length });

/** A stored time for messages; a damaged record's time may be anything. */
export function timeText(ms: unknown): string {
  const date = new Date(typeof ms === 'number' ? ms : NaN);
  return Number.isNaN(date.getTime()) ? 'at an unknown time' : date.toISOString();
}
