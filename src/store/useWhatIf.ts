import { faultProblem, rankSinglePointsOfFailure, simulate, type Fault, type PointOfFailure, type WhatIf } from '../analysis';
import type { FlowDocument } from '../model';
import { useDocumentStore, useSessionStore } from './instances';

const scenarios = new WeakMap<FlowDocument, Map<string, WhatIf | undefined>>();
const rankings = new WeakMap<FlowDocument, PointOfFailure[]>();

/** The scenario's result on this document, computed once per (document, fault); undefined for a fault the document cannot have. */
export function whatIfOf(doc: FlowDocument, fault: Fault): WhatIf | undefined {
  let byFault = scenarios.get(doc);
  if (!byFault) scenarios.set(doc, (byFault = new Map()));
  const key = `${fault.target.type}\u0000${fault.target.id}\u0000${fault.kind}`;
  if (!byFault.has(key)) byFault.set(key, faultProblem(doc, fault) ? undefined : simulate(doc, fault));
  return byFault.get(key);
}

/** The ranking of single points of failure, computed once per document (it runs every node fault). */
export function rankingOf(doc: FlowDocument): PointOfFailure[] {
  let ranking = rankings.get(doc);
  if (!ranking) rankings.set(doc, (ranking = rankSinglePointsOfFailure(doc)));
  return ranking;
}

/** The scenario on show, on the current document. */
export const useWhatIf = (): WhatIf | undefined => {
  const scenario = useSessionStore((state) => state.scenario);
  return useDocumentStore((state) => (scenario ? whatIfOf(state.doc, scenario) : undefined));
};
