import { analyze, type Analysis } from '../analysis';
import type { FlowDocument } from '../model';
import { useReviewStore } from './instances';
import { today } from './today';

const cache = new WeakMap<FlowDocument, Analysis>();

/** The analysis of a document, on this thread, computed once per document object: for exports, which need it whole and now. */
export function analysisOf(doc: FlowDocument): Analysis {
  let result = cache.get(doc);
  if (!result) {
    result = analyze(doc, { today: today() });
    cache.set(doc, result);
  }
  return result;
}

/**
 * The latest review from the reviewer (a Web Worker): the previous one stays until the new one
 * arrives. It carries the answers of the selected nodes, or of all of them while a lens is on.
 */
export const useAnalysis = (): Analysis => useReviewStore((state) => state.analysis);

/** False until the reviewer's first review of this page arrives. */
export const useReviewed = (): boolean => useReviewStore((state) => state.version > 0);
