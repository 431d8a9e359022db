import { Inflate, Unzlib } from 'fflate';

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; error: 'corrupt' | 'too-large' | 'truncated' };

/** Deflate expands at most ~1,032:1, so one pushed chunk can never inflate past ~4 MB before the limit is checked. */
const CHUNK = 4 * 1024;

/**
 * Inflates raw deflate (or zlib) data, stopping as soon as the output passes `limit` bytes, so a
 * small "zip bomb" cannot take the tab's memory.
 */
export function inflateLimited(input: Uint8Array, limit: number, format: 'raw' | 'zlib' = 'raw'): InflateResult {
  const parts: Uint8Array[] = [];
  let size = 0;
  let tooLarge = false;
  let ended = false;
  const stream = format === 'raw' ? new Inflate() : new Unzlib();
  stream.ondata = (chunk, final) => {
    size += chunk.length;
    if (size > limit) tooLarge = true;
    else parts.push(chunk);
    if (final) ended = true;
  };
  try {
    for (let at = 0; at < input.length && !tooLarge; at += CHUNK) stream.push(input.subarray(at, at + CHUNK), at + CHUNK >= input.length);
    if (input.length === 0) stream.push(new Uint8Array(0), true);
  } catch {
    return { ok: false, error: tooLarge ? 'too-large' : 'corrupt' };
  }
  if (tooLarge) return { ok: false, error: 'too-large' };
  if (!ended) return { ok: false, error: 'truncated' };
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return { ok: true, bytes };
}
