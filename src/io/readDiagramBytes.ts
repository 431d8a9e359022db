import type { LoadResult } from '../model';
import { parseDocumentText } from './importText';
import { extractDocumentFromPng } from './pngMetadata';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

/** A file's bytes: an exported PNG (its embedded diagram) or Flowmap JSON, read and validated. */
export function readDiagramBytes(bytes: Uint8Array): LoadResult {
  const isPng = PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);
  return isPng ? extractDocumentFromPng(bytes) : parseDocumentText(new TextDecoder().decode(bytes));
}
