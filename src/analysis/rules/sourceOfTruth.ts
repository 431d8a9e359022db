import type { NodeOfKind } from '../../model';
import { askReconciliation, askSourceOfTruth } from '../ask';
import { sharedData, sharedItem, type Context, type CopyGroup } from '../derived';
import type { Graph } from '../graph';
import { label, names } from '../text';
import type { Finding } from '../types';
import { finding, type Rule, type RuleInfo, type Words } from './rule';

const info: RuleInfo = { id: 'source-of-truth', question: 'ownership', title: 'Copies need one source of truth', severity: 'error', facts: ['entities', 'sourceOfTruth', 'reconciliation', 'relay'] };

/** Stores with no source of truth, all written by the competing writers of one of their entities: single-writer reports them as one cause. */
const explainedByConflict = (ctx: Context, group: CopyGroup): boolean =>
  ctx.conflicts.some((c) => group.what.includes(c.entity) && group.members.every((m) => c.stores.includes(m)));

/** The nodes whose data a copy group shares, when only lineage links it: its words name them. */
const lineage = (group: CopyGroup): number[] => group.what.filter((w): w is number => typeof w === 'number');

const FEED_FROM_TRUTH = 'feed the other copies from it by change events (cdc → queue → consumer) or replication, and reconcile them against it';

/** A copy group's stores. */
const storesOf = (graph: Graph, group: CopyGroup) => group.members.filter((m) => graph.nodeKind[m] === 'store');

/** The words of each kind of finding about a copy group (for a copy not fed from its truth, the copy is the finding's first node). */
function wordsFor(graph: Graph, group: CopyGroup, first: number): Words {
  if (group.truths.length === 0) {
    return {
      message: `${names(graph, group.members)} ${group.members.length === 2 ? 'both' : 'all'} hold ${sharedData(graph, group)}, and none is its source of truth: they will diverge, and nobody can say which one is right.`,
      fix: `Mark one store the source of truth for ${sharedData(graph, group)}; ${FEED_FROM_TRUTH}.`,
      unknowns: storesOf(graph, group).flatMap((s) => askSourceOfTruth(graph.nodes[s] as NodeOfKind<'store'>, sharedItem(graph, group.what[0]!))),
    };
  }
  if (group.truths.length > 1) {
    return {
      message: `${names(graph, group.truths)} are each marked the source of truth for ${sharedData(graph, group)}: two truths diverge.`,
      fix: `Keep one source of truth for ${sharedData(graph, group)}: mark the others not the source of truth and ${FEED_FROM_TRUTH}.`,
    };
  }
  const [node, truth] = [first, group.truths[0]!];
  const unknowns = askReconciliation(graph.nodes[node] as NodeOfKind<'store'>, label(graph, truth));
  if (group.copies.find((c) => c.node === node)!.derived) {
    const how = graph.dataIn[node]!.some((e) => graph.edgeKind[e] === 'replicate') ? 'replication' : 'change events';
    return {
      message: `${label(graph, node)} copies ${sharedData(graph, group)} from ${label(graph, truth)} by ${how}, but nothing reconciles it: a lost or reordered ${how === 'replication' ? 'change' : 'event'} leaves it wrong for good.`,
      fix: `Reconcile ${label(graph, node)} against ${label(graph, truth)} periodically, or rebuild it from a snapshot.`,
      unknowns,
    };
  }
  return {
    message: `${label(graph, node)} holds ${sharedData(graph, group)} but is not fed from ${label(graph, truth)}, its source of truth, and nothing reconciles the two: they will diverge.`,
    fix: `Feed ${label(graph, node)} from ${label(graph, truth)}’s change events (cdc → queue → consumer) or replication, and reconcile it against ${label(graph, truth)}.`,
    unknowns,
  };
}

/** The same data in two or more stores and caches diverges unless one is the truth and the others are fed from it and reconciled. */
export const sourceOfTruth: Rule = {
  ...info,
  check(ctx) {
    const { graph } = ctx;
    // A copy a dual write keeps beside its truth is that dual write's consequence, reported there.
    const writtenBesideTruth = new Set(ctx.diverging.flatMap((copies) => copies.map((c) => c.copy)));
    return ctx.copies.flatMap((group, about): Finding[] => {
      const mentions = lineage(group);
      if (group.truths.length === 0) {
        return explainedByConflict(ctx, group) ? [] : [finding(ctx, sourceOfTruth, { severity: 'error', nodes: group.members, edges: [], mentions, about })];
      }
      if (group.truths.length > 1) return [finding(ctx, sourceOfTruth, { severity: 'error', nodes: group.truths, edges: [], mentions, about })];
      const truth = group.truths[0]!;
      return group.copies.flatMap(({ node, derived }) => {
        const copy = graph.nodes[node] as NodeOfKind<'store'>;
        if (copy.reconciliation === true || (!derived && writtenBesideTruth.has(node))) return [];
        return [finding(ctx, sourceOfTruth, { severity: derived ? 'warning' : 'error', nodes: [node, truth], edges: [], mentions, about })];
      });
    });
  },
  /** About one of the context's copy groups. */
  words: ({ graph, copies }, { nodes: [first], about }) => wordsFor(graph, copies[about]!, first!),
};
