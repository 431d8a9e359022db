import { LIMITS, loadDocument, type LoadResult } from '../model';

export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function countItems(raw: unknown, key: 'nodes' | 'edges'): number {
  const list = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
  return Array.isArray(list) ? list.length : 0;
}

/** Why a document's text is too big to open, if it is. */
export function sizeProblem(text: string): string | undefined {
  // UTF-8 takes at most three bytes for each UTF-16 unit: a text this short needs no encoding to be measured.
  if (text.length * 3 <= MAX_TEXT_BYTES) return undefined;
  const bytes = new TextEncoder().encode(text).length;
  return bytes > MAX_TEXT_BYTES ? `The file is ${megabytes(bytes)}; the limit is ${megabytes(MAX_TEXT_BYTES)}` : undefined;
}

/** Parses a Flowmap document from JSON text: size limit, JSON syntax, graph size, then migrate + validate. */
export function parseDocumentText(text: string): LoadResult {
  const tooBig = sizeProblem(text);
  if (tooBig) return { ok: false, errors: [tooBig] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`Not valid JSON: ${(error as Error).message}`] };
  }
  for (const key of ['nodes', 'edges'] as const) {
    const count = countItems(raw, key);
    if (count > LIMITS[key]) return { ok: false, errors: [`${key}: ${count.toLocaleString('en')} ${key} is more than Flowmap opens (${LIMITS[key].toLocaleString('en')})`] };
  }
  return loadDocument(raw);
}
