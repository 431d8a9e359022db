import { extractDocumentFromPng, parseDocumentText } from '../../io';
import type { LoadResult } from '../../model';

const MAX_FILE_BYTES = 20 * 1024 * 1024;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

/** A dropped or picked file: an exported PNG (its embedded diagram) or Flowmap JSON. */
export async function readDiagramFile(file: Blob): Promise<LoadResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, errors: [`the file is ${(file.size / 1024 / 1024).toFixed(1)} MB; Flowmap opens files up to 20 MB`] };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const isPng = PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);
  return isPng ? extractDocumentFromPng(bytes) : parseDocumentText(new TextDecoder().decode(bytes));
}
