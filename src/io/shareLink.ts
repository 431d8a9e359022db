import { deflateSync } from 'fflate';
import type { Fault } from '../analysis';
import type { FlowDocument, LoadResult } from '../model';
import { fromBase64Url, toBase64Url } from './base64url';
import { parseDocumentText } from './importText';
import { inflateLimited } from './inflateLimited';
import { MAX_DECOMPRESSED_BYTES } from './limits';
import { encodeScenario } from './shareScenario';

const PREFIX = 'd=';

/**
 * The longest link Flowmap offers to copy. Browsers refuse longer URLs when the link is opened (Firefox past
 * 1 MiB, Chromium past 2 MiB: a 3.1 M-character link was copied "successfully" and never opened); above it, the
 * file is the way to share.
 */
export const MAX_SAFE_LINK_LENGTH = 1_000_000;

/** Whether a whole link (origin, path and fragment) is short enough for every browser to open. */
export function isSafeLinkLength(link: string): boolean {
  return link.length <= MAX_SAFE_LINK_LENGTH;
}

/** Positions to whole pixels: shorter links, no visible change. */
function compact(doc: FlowDocument): FlowDocument {
  return { ...doc, nodes: doc.nodes.map((n) => (n.position ? { ...n, position: { x: Math.round(n.position.x), y: Math.round(n.position.y) } } : n)) };
}

/**
 * The URL fragment that carries a whole diagram: `d=` + base64url(deflate(JSON)), and the what-if
 * scenario to open it with, if any (`&f=…`). Nothing goes to a server.
 */
export function encodeShareFragment(doc: FlowDocument, fault?: Fault): string {
  return PREFIX + toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(compact(doc))), { level: 9 })) + (fault ? encodeScenario(fault) : '');
}

const broken = (why: string): LoadResult => ({ ok: false, errors: [why] });

/** Reads a share fragment (with or without `#`); every failure is a message, never an exception. */
export function decodeShareFragment(hash: string): LoadResult {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(PREFIX)) return broken('the link has no diagram in it (expected #d=…)');
  const bytes = fromBase64Url(fragment.slice(PREFIX.length).split('&')[0]!);
  if (!bytes || bytes.length === 0) return broken('the link is damaged (it contains characters a Flowmap link never has, or nothing after d=)');
  const inflated = inflateLimited(bytes, MAX_DECOMPRESSED_BYTES);
  if (!inflated.ok) {
    if (inflated.error === 'too-large') return broken(`the diagram in the link is larger than ${MAX_DECOMPRESSED_BYTES / 1024 / 1024} MB unpacked; Flowmap does not open it`);
    return broken(inflated.error === 'truncated' ? 'the link is cut short: copy the whole link and try again' : 'the link is damaged: its data does not unpack');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return broken('the link is damaged: its data is not text');
  }
  return parseDocumentText(text);
}
