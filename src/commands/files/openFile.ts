import { readDiagramOffThread } from '../../io/browser';
import type { LoadResult } from '../../model';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A dropped or picked file: an exported PNG (its embedded diagram) or Flowmap JSON, read off the main thread. */
export async function readDiagramFile(file: Blob): Promise<LoadResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, errors: [`the file is ${(file.size / 1024 / 1024).toFixed(1)} MB; Flowmap opens files up to 20 MB`] };
  return readDiagramOffThread({ bytes: await file.arrayBuffer() });
}
