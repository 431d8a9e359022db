import { analyze, type Analysis } from '../analysis';
import type { FlowDocument } from '../model';
import { useDocumentStore } from './instances';

const cache = new WeakMap<FlowDocument, Analysis>();

/** The analysis of the current document, computed once per document object. */
export function analysisOf(doc: FlowDocument): Analysis {
  let result = cache.get(doc);
  if (!result) {
    // Waivers expire at the end of their day: today's date decides which still hold.
    result = analyze(doc, { today: new Date().toISOString().slice(0, 10) });
    cache.set(doc, result);
  }
  return result;
}

export const useAnalysis = (): Analysis => useDocumentStore((state) => analysisOf(state.doc));
