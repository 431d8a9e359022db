import type { FlowDocument } from '../../model';
import type { ReviewRequest, ReviewResponse, ReviewTransport } from './protocol';
import { relabelled } from './relabel';
import { createReviewer } from './reviewer';

type Receive = (response: ReviewResponse) => void;

/** The reviewer on this thread, answering in a later task: where no worker can run (tests, a worker that failed to load). */
export function inProcessTransport(): ReviewTransport {
  const review = createReviewer();
  let receive: Receive = () => {};
  return {
    post: (request) => void setTimeout(() => receive(review(request))),
    onResponse: (callback) => void (receive = callback),
  };
}

/**
 * The reviewer in a Web Worker, so analysing a big map never holds up typing or panning. If the
 * worker cannot start or fails, the review carries on in process, from the request it lost.
 */
export function workerTransport(): ReviewTransport {
  let receive: Receive = () => {};
  let fallback: ReviewTransport | undefined;
  let lastDoc: FlowDocument | undefined;
  let inFlight: ReviewRequest | undefined;
  let worker: Worker | undefined;
  // The in-process reviewer starts with no document, so every request to it carries one.
  const postInProcess = (request: ReviewRequest) => fallback!.post({ ...request, doc: request.doc ?? lastDoc });
  const inProcess = () => {
    worker?.terminate();
    worker = undefined;
    fallback = inProcessTransport();
    fallback.onResponse(receive);
    if (inFlight) postInProcess(inFlight);
  };
  try {
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ReviewResponse>) => {
      inFlight = undefined;
      receive(event.data);
    };
    worker.onerror = inProcess;
  } catch {
    inProcess();
  }
  return {
    post: (request) => {
      lastDoc = request.doc ?? (request.labels && lastDoc ? relabelled(lastDoc, request.labels) : lastDoc);
      inFlight = request;
      if (!worker) return postInProcess(request);
      // In a task of its own: copying a big map for the worker is not added to the task that changed it (an open).
      setTimeout(() => {
        if (worker && inFlight === request) worker.postMessage(request);
      });
    },
    onResponse: (callback) => {
      receive = callback;
      fallback?.onResponse(callback);
    },
  };
}
