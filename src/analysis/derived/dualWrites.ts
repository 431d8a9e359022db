import type { Graph } from '../graph';
import type { CopyGroup } from './copies';
import { isChangeFeed } from './entities';

export interface DualWrite {
  node: number;
  /** Its side-effect arrows, in document order. */
  edges: number[];
  /** The distinct systems they reach. */
  targets: number[];
}

/** Our own steps; actors and external APIs act on their own. */
const isStep = (graph: Graph, node: number) => graph.nodeKind[node] !== 'actor' && graph.nodeKind[node] !== 'external';

/**
 * A side effect on another system: a write, a publish, or a call into an external API. Once a step
 * has one, its calls into our own services count too (they change state it cannot roll back); a
 * call that carries only a key or a query is a lookup, not a side effect.
 */
function sideEffects(graph: Graph, out: readonly number[]): number[] | undefined {
  let k = 0;
  while (k < out.length && !ownSideEffect(graph, out[k]!)) k++;
  return k === out.length ? undefined : out.filter((e) => ownSideEffect(graph, e) || isCall(graph, e));
}

const isCall = (graph: Graph, e: number) => graph.edgeKind[e] === 'request' && graph.edges[e]!.keyOnly !== true;

const ownSideEffect = (graph: Graph, e: number) =>
  graph.edgeKind[e] === 'write' || graph.edgeKind[e] === 'publish' || (isCall(graph, e) && graph.nodeKind[graph.target[e]!] === 'external');

/**
 * Steps with side effects on two or more systems — a store and a queue, an external API and a
 * queue, two queues: no transaction spans them, so one can succeed while another fails.
 */
export function findDualWrites(graph: Graph): DualWrite[] {
  const found: DualWrite[] = [];
  for (let node = 0; node < graph.dataOut.length; node++) {
    const out = graph.dataOut[node]!;
    if (out.length < 2 || !isStep(graph, node)) continue;
    const edges = sideEffects(graph, out);
    if (!edges || edges.length < 2) continue;
    const targets = [...new Set(edges.map((e) => graph.target[e]!))];
    if (targets.length >= 2) found.push({ node, edges, targets });
  }
  return found;
}

export interface Diverging {
  copy: number;
  truth: number;
}

/**
 * Per dual write (in the same order): the store copies it writes beside their source of truth (also
 * one of its targets) with nothing feeding or reconciling them — the divergence the dual write
 * causes, reported with it. The copy groups are indexed by their truth once for all dual writes.
 */
export function unreconciledCopies(graph: Graph, dualWrites: readonly DualWrite[], copies: readonly CopyGroup[]): Diverging[][] {
  const byTruth = new Map<number, number[]>();
  copies.forEach((group, g) => {
    if (group.truths.length !== 1) return;
    const list = byTruth.get(group.truths[0]!);
    if (list) list.push(g);
    else byTruth.set(group.truths[0]!, [g]);
  });
  return dualWrites.map((dual) => {
    const found: Diverging[] = [];
    // Each group has one truth, so no group is listed twice; in document order as the groups are.
    const groups = dual.targets.flatMap((t) => byTruth.get(t) ?? []).sort((a, b) => a - b);
    for (const g of groups) {
      const { truths: [truth], copies: members } = copies[g]!;
      for (const { node, derived } of members) {
        const copy = graph.nodes[node]!;
        if (!derived && dual.targets.includes(node) && copy.kind === 'store' && copy.reconciliation !== true && !found.some((f) => f.copy === node)) found.push({ copy: node, truth: truth! });
      }
    }
    return found;
  });
}

/**
 * A saga step: every side effect is idempotent (a key on the arrow, or an idempotent service),
 * the step is re-driven from a durable log (it consumes a queue or a change feed), and its
 * compensations are drawn (failure arrows of mode compensate).
 */
export function isSagaStep(graph: Graph, dual: DualWrite): boolean {
  const idempotent = dual.edges.every((e) => {
    const target = graph.nodes[graph.target[e]!]!;
    return graph.edges[e]!.idempotencyKey === true || (target.kind === 'service' && target.idempotent === true);
  });
  const redriven = graph.dataIn[dual.node]!.some((e) => (graph.edgeKind[e] === 'consume' && graph.nodeKind[graph.source[e]!] === 'queue') || isChangeFeed(graph, e));
  return idempotent && redriven && graph.failureOut[dual.node]!.some((e) => graph.edges[e]!.mode === 'compensate');
}
