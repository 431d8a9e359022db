import { distinctUnknowns } from '../ask';
import type { Context } from '../derived';
import type { Finding, Question, Severity, Unknown } from '../types';

export interface RuleInfo {
  /** Short kebab-case id, documented in docs/rules.md under the same heading (docs/rules.md#id). */
  id: string;
  question: Question;
  title: string;
  /** The most severe finding the rule reports; a project can set another (or off) per rule. */
  severity: Severity;
  /** The facts of the format the rule reads (node and arrow fields); answering them can clear its findings. */
  facts: readonly string[];
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
  /** For rules that report once per entity: the entity, part of the fingerprint. */
  entity?: string;
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

/** rule id, then the sorted node ids, the sorted edge ids and the entity, each part separated so none can run into the next. */
export function fingerprintOf(rule: string, nodes: readonly string[], edges: readonly string[], entity?: string): string {
  return `${rule}|${sortedList(nodes)}|${sortedList(edges)}${entity === undefined ? '' : `|${entity}`}`;
}

/**
 * The ids in code-unit order (the default sort's), comma-separated. The lists are short: an
 * insertion sort of a copy, and no copy at all for a list already in order.
 */
function sortedList(list: readonly string[]): string {
  if (list.length < 2) return list.length === 1 ? list[0]! : '';
  let k = 1;
  while (k < list.length && list[k - 1]! <= list[k]!) k++;
  if (k === list.length) return list.join(',');
  const sorted = list.slice();
  for (; k < sorted.length; k++) {
    const id = sorted[k]!;
    let at = k;
    while (at > 0 && sorted[at - 1]! > id) sorted[at] = sorted[--at]!;
    sorted[at] = id;
  }
  return sorted.join(',');
}

export function finding({ graph }: Context, rule: RuleInfo, draft: Draft): Finding {
  const nodes = ids(draft.nodes, graph.nodeId);
  const edges = ids(draft.edges, graph.edgeId);
  return {
    rule: rule.id,
    fingerprint: fingerprintOf(rule.id, nodes, edges, draft.entity),
    question: rule.question,
    severity: draft.severity,
    nodes,
    edges,
    message: draft.message,
    fix: draft.fix,
    unknowns: !draft.unknowns ? [] : draft.unknowns.length > 1 ? distinctUnknowns(draft.unknowns) : draft.unknowns,
  };
}
