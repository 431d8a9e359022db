import { diffDocuments, type DocumentDiff } from '../analysis';
import type { FlowDocument } from '../model';
import { useDocumentStore, useSessionStore } from './instances';
import { analysisOf } from './useAnalysis';

const diffs = new WeakMap<FlowDocument, WeakMap<FlowDocument, DocumentDiff>>();
const findingsOf = (doc: FlowDocument) => analysisOf(doc).findings;

/** What changed from `before` to `after`, computed once per pair; findings by fingerprint from each version's dated analysis. */
export function comparisonOf(before: FlowDocument, after: FlowDocument): DocumentDiff {
  let byAfter = diffs.get(before);
  if (!byAfter) diffs.set(before, (byAfter = new WeakMap()));
  let diff = byAfter.get(after);
  if (!diff) byAfter.set(after, (diff = diffDocuments(before, after, findingsOf)));
  return diff;
}

/** The comparison on show, against the current document: the other version and what changed since it. */
export const useComparison = (): { before: FlowDocument; name: string; diff: DocumentDiff } | undefined => {
  const comparison = useSessionStore((state) => state.comparison);
  const diff = useDocumentStore((state) => (comparison ? comparisonOf(comparison.against, state.doc) : undefined));
  return comparison && diff ? { before: comparison.against, name: comparison.name, diff } : undefined;
};
