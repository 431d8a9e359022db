import { zlibSync } from 'fflate';
import type { FlowDocument, LoadResult } from '../model';
import { crc32 } from './crc32';
import { parseDocumentText } from './importText';
import { inflateLimited } from './inflateLimited';
import { MAX_DECOMPRESSED_BYTES, MAX_PNG_BYTES } from './limits';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const KEYWORD = 'flowmap';
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** One PNG chunk: length, type, data, CRC-32 of type and data. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(ascii(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

interface Chunk {
  type: string;
  start: number;
  data: Uint8Array;
  crcOk: boolean;
}

/** The chunks of a PNG, or undefined if the bytes are not a well-formed PNG. */
function chunksOf(png: Uint8Array): Chunk[] | undefined {
  if (png.length < 8 || SIGNATURE.some((byte, i) => png[i] !== byte)) return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  for (let at = 8; at < png.length; ) {
    if (at + 12 > png.length) return undefined;
    const length = view.getUint32(at);
    if (at + 12 + length > png.length) return undefined;
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    chunks.push({ type, start: at, data, crcOk: crc32(png.subarray(at + 4, at + 8 + length)) === view.getUint32(at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks.at(-1)?.type === 'IEND' ? chunks : undefined;
}

/** Adds the diagram to a PNG as a compressed `iTXt` chunk named "flowmap", so opening the image restores it. */
export function embedDocumentInPng(png: Uint8Array, doc: FlowDocument): Uint8Array {
  const end = chunksOf(png)?.find((c) => c.type === 'IEND');
  if (!end) throw new Error('Not a PNG file');
  const text = zlibSync(new TextEncoder().encode(JSON.stringify(doc)), { level: 9 });
  // keyword, NUL, compressed = 1, method = 0 (zlib), empty language tag, NUL, empty translated keyword, NUL
  const header = new Uint8Array([...ascii(KEYWORD), 0, 1, 0, 0, 0]);
  const data = new Uint8Array(header.length + text.length);
  data.set(header);
  data.set(text, header.length);
  const extra = pngChunk('iTXt', data);
  const out = new Uint8Array(png.length + extra.length);
  out.set(png.subarray(0, end.start));
  out.set(extra, end.start);
  out.set(png.subarray(end.start), end.start + extra.length);
  return out;
}

const broken = (why: string): LoadResult => ({ ok: false, errors: [why] });

/** The diagram a Flowmap PNG carries; any other image, or a damaged one, gets a message. */
export function extractDocumentFromPng(png: Uint8Array): LoadResult {
  if (png.length > MAX_PNG_BYTES) return broken(`the image is ${(png.length / 1024 / 1024).toFixed(1)} MB; Flowmap opens images up to ${MAX_PNG_BYTES / 1024 / 1024} MB`);
  const chunks = chunksOf(png);
  if (!chunks) return broken('Not a PNG file (or a damaged one)');
  const prefix = ascii(`${KEYWORD}\0`);
  const found = chunks.find((c) => c.type === 'iTXt' && prefix.every((byte, i) => c.data[i] === byte));
  if (!found) return broken('This PNG has no Flowmap diagram in it: export the PNG from Flowmap to be able to open it again');
  const damaged = broken('The Flowmap data in this PNG is damaged');
  if (!found.crcOk) return damaged;
  const compressed = found.data[prefix.length] === 1;
  // After the two flag bytes: a language tag and a translated keyword, each ended by NUL, then the text.
  const languageEnd = found.data.indexOf(0, prefix.length + 2);
  const keywordEnd = languageEnd < 0 ? -1 : found.data.indexOf(0, languageEnd + 1);
  if (keywordEnd < 0) return damaged;
  const body = found.data.subarray(keywordEnd + 1);
  const inflated = compressed ? inflateLimited(body, MAX_DECOMPRESSED_BYTES, 'zlib') : { ok: true as const, bytes: body };
  if (!inflated.ok) return inflated.error === 'too-large' ? broken('The Flowmap data in this PNG is too large to open') : damaged;
  try {
    return parseDocumentText(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes));
  } catch {
    return damaged;
  }
}
