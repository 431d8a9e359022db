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

const isRepeat = (list: readonly number[], k: number, seen: Set<number> | undefined): boolean => {
  const i = list[k]!;
  if (i < 0 || (seen ? seen.has(i) : list.indexOf(i) < k)) return true;
  seen?.add(i);
  return false;
};

/** The ids of the listed items, each once, skipping -1; sized exactly, as findings keep them. */
function ids(list: readonly number[], items: readonly string[]): string[] {
  let k = 0;
  const seen = list.length > 16 ? new Set<number>() : undefined;
  while (k < list.length && !isRepeat(list, k, seen)) k++;
  if (k === list.length) {
    const out = new Array<string>(list.length);
    for (let j = 0; j < list.length; j++) out[j] = items[list[j]!]!;
    return out;
  }
  const out: string[] = [];
  for (let j = 0; j < k; j++) out.push(items[list[j]!]!);
  for (k++; k < list.length; k++) if (!isRepeat(list, k, seen)) out.push(items[list[k]!]!);
  return out;
}

/** rule id, then the sorted node ids, the sorted edge ids and the entity, each part separated so none can run into the next. */
export function fingerprintOf(rule: string, nodes: readonly string[], edges: readonly string[], entity?: string): string {
  // One flat string built by one join: the parts as separate strings and their concatenations would all be kept.
  const parts = new Array<string>(2 * (nodes.length + edges.length) + (entity === undefined ? 3 : 5));
  let p = 0;
  parts[p++] = rule;
  parts[p++] = '|';
  p = sortedInto(parts, p, nodes);
  parts[p++] = '|';
  p = sortedInto(parts, p, edges);
  if (entity !== undefined) {
    parts[p++] = '|';
    parts[p++] = entity;
  }
  parts.length = p;
  return parts.join('');
}

/**
 * Writes the ids in code-unit order (the default sort's), comma-separated, into `parts` from `p`;
 * returns where they end. The lists are short: an insertion sort, in place in `parts`.
 */
function sortedInto(parts: string[], p: number, list: readonly string[]): number {
  const from = p;
  for (let k = 0; k < list.length; k++) {
    const id = list[k]!;
    let at = p;
    while (at > from && parts[at - 2]! > id) {
      parts[at] = parts[at - 2]!;
      at -= 2;
    }
    parts[at] = id;
    p += 2;
  }
  // Each id was written with the slot after it free: the commas go there, none after the last.
  for (let at = from + 1; at < p - 1; at += 2) parts[at] = ',';
  return list.length > 0 ? p - 1 : p;
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
