import { rememberValid, type LoadResult } from '../../model';
import { readDiagramBytes } from '../readDiagramBytes';

/**
 * Reads and validates a file's bytes in a Web Worker, so a big diagram's parse and validation (a few
 * hundred milliseconds at 5,000 nodes) never freeze the page; in process where no worker can run. The
 * document comes back as an exact copy of one validated there, and is remembered as validated.
 */
export function readDiagramOffThread(bytes: ArrayBuffer): Promise<LoadResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./diagramReader.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(readDiagramBytes(new Uint8Array(bytes)));
  }
  // The bytes are handed over, not copied; if the worker fails they are read here from a copy kept for it.
  const copy = bytes.slice(0);
  return new Promise<LoadResult>((resolve) => {
    worker.onmessage = (event: MessageEvent<LoadResult>) => {
      worker.terminate();
      if (event.data.ok) rememberValid(event.data.doc);
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(readDiagramBytes(new Uint8Array(copy)));
    };
    worker.postMessage(bytes, [bytes]);
  });
}
