import { rememberValid, type LoadResult } from '../../model';
import { readDiagramRequest, type ReadRequest } from './readRequest';

/**
 * Reads and validates a file's bytes or a share link in a Web Worker, so a big diagram's unpacking, parse
 * and validation (a few hundred milliseconds at 5,000 nodes) never freeze the page; in process where no
 * worker can run. The document comes back as an exact copy of one validated there, remembered as validated.
 */
export function readDiagramOffThread(request: ReadRequest): Promise<LoadResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./diagramReader.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(readDiagramRequest(request));
  }
  return new Promise<LoadResult>((resolve) => {
    worker.onmessage = (event: MessageEvent<LoadResult>) => {
      worker.terminate();
      if (event.data.ok) rememberValid(event.data.doc);
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(readDiagramRequest(request));
    };
    // Copied, not transferred: if the worker fails, the request is still here to be read in process.
    worker.postMessage(request);
  });
}
