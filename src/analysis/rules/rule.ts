import { distinctUnknowns } from '../ask';
import type { Context } from '../derived';
import type { Finding, Question, Severity, Unknown } from '../types';

export interface RuleInfo {
  /** Short kebab-case id, documented in docs/rules.md. */
  id: string;
  question: Question;
  title: string;
}

export interface Rule extends RuleInfo {
  check(ctx: Context): Finding[];
}

export interface Draft {
  severity: Severity;
  /** Node indices, the one the finding is about first; repeats and missing (-1) are dropped. */
  nodes: readonly number[];
  edges: readonly number[];
  message: string;
  fix: string;
  unknowns?: Unknown[];
}

/** The ids of the listed items, each once, skipping -1. */
function ids(list: readonly number[], items: readonly string[]): string[] {
  const seen = list.length > 16 ? new Set<number>() : undefined;
  const out: string[] = [];
  for (let k = 0; k < list.length; k++) {
    const i = list[k]!;
    if (i < 0 || (seen ? seen.has(i) : list.indexOf(i) < k)) continue;
    seen?.add(i);
    out.push(items[i]!);
  }
  return out;
}

export function finding({ graph }: Context, rule: RuleInfo, draft: Draft): Finding {
  return {
    rule: rule.id,
    question: rule.question,
    severity: draft.severity,
    nodes: ids(draft.nodes, graph.nodeId),
    edges: ids(draft.edges, graph.edgeId),
    message: draft.message,
    fix: draft.fix,
    unknowns: !draft.unknowns ? [] : draft.unknowns.length > 1 ? distinctUnknowns(draft.unknowns) : draft.unknowns,
  };
}
