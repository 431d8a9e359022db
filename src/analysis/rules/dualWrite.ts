import type { FlowNode, NodeOfKind } from '../../model';
import { askIsolation, askReconciliation } from '../ask';
import { isSagaStep, type Diverging, type DualWrite } from '../derived';
import type { Graph } from '../graph';
import { label, listing, names } from '../text';
import { finding, type Rule, type RuleInfo, type Words } from './rule';

const info: RuleInfo = { id: 'dual-write', question: 'failure', title: 'One side effect per step', severity: 'error', facts: ['idempotencyKey', 'idempotent', 'mode', 'isolation', 'keyOnly', 'relay', 'sourceOfTruth', 'reconciliation'] };

const VERBS: Record<string, string> = { write: 'writes', request: 'calls', publish: 'publishes to' };

const sideEffects = (graph: Graph, edges: readonly number[]): string =>
  listing([...new Set(edges.map((e) => `${VERBS[graph.edgeKind[e]!]} ${label(graph, graph.target[e]!)}`))], 6);

function redesign(graph: Graph, { edges }: DualWrite): string {
  const write = edges.find((e) => graph.edgeKind[e] === 'write');
  if (write !== undefined) {
    return `Write once (to ${label(graph, graph.target[write]!)}) and let its change event drive the rest: cdc → queue → a consumer per side effect (or an outbox table in the same transaction, polled by a relay).`;
  }
  return 'Record the intent once (one publish, or an outbox table) and let a consumer per side effect do the rest; or make the step a saga: key every call, re-drive it from a durable log, and draw its compensations (failure arrows, mode compensate).';
}

const askIsolationOf = (node: FlowNode) => (node.kind === 'service' ? askIsolation(node) : []);

const sagaWords = (graph: Graph, dual: DualWrite): Words => ({
  message: `${label(graph, dual.node)} is a saga step — it ${sideEffects(graph, dual.edges)}, each idempotently, re-driven from a durable log, with its compensations drawn — but until they run, readers can act on ${names(graph, dual.targets)} half-done.`,
  fix: `Isolate ${label(graph, dual.node)}’s intermediate state (pending states or semantic locks that readers respect), or order the steps so the one that can fail comes first.`,
  unknowns: askIsolationOf(graph.nodes[dual.node]!),
});

const dualWords = (graph: Graph, dual: DualWrite, diverging: readonly Diverging[]): Words => ({
  message: `${label(graph, dual.node)} ${sideEffects(graph, dual.edges)} in one step, and no transaction spans different systems: if one succeeds and another fails the data is left half-done, and retrying the step repeats what already worked.${diverging.map(({ copy, truth }) => ` ${label(graph, copy)} is a copy of ${label(graph, truth)}’s data kept only by this step, and nothing reconciles the two: once one write fails they stay apart.`).join('')}`,
  fix: redesign(graph, dual),
  unknowns: diverging.flatMap(({ copy, truth }) => askReconciliation(graph.nodes[copy] as NodeOfKind<'store'>, label(graph, truth))),
});

/** A saga step whose intermediate state is isolated leaves nothing half-done for readers. */
const isolated = (node: FlowNode) => node.kind === 'service' && node.isolation === true;

/**
 * A step with side effects on two systems (a store, a queue, an external API) leaves half-done
 * state when one fails; a saga step (idempotent, re-driven, compensated) only asks about isolation.
 */
export const dualWrite: Rule = {
  ...info,
  check(ctx) {
    const { graph } = ctx;
    return ctx.dualWrites.flatMap((dual, about) => {
      const nodes = [dual.node, ...dual.targets];
      if (!isSagaStep(graph, dual)) {
        return [finding(ctx, dualWrite, { severity: 'error', nodes, edges: dual.edges, mentions: ctx.diverging[about]!.flatMap(({ copy, truth }) => [copy, truth]), about })];
      }
      return isolated(graph.nodes[dual.node]!) ? [] : [finding(ctx, dualWrite, { severity: 'warning', nodes, edges: dual.edges, about })];
    });
  },
  /** About one of the context's dual writes. */
  words({ graph, dualWrites, diverging }, { about }) {
    const dual = dualWrites[about]!;
    return isSagaStep(graph, dual) ? sagaWords(graph, dual) : dualWords(graph, dual, diverging[about]!);
  },
};
