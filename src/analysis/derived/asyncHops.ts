import type { Graph } from '../graph';
import { consumeEdges, hasDeadLetterPath, hasLagAlert } from './facts';
import { reach, type Reach } from './reach';

const isFedQueue = (graph: Graph, i: number) => graph.nodes[i]!.kind === 'queue' && graph.dataOut[i]!.length > 0;

/** Queues with consumers and no lag alert: data can arrive hours late unnoticed. */
export const unalertedQueues = (graph: Graph): number[] =>
  graph.nodes.flatMap((_, i) => (isFedQueue(graph, i) && !hasLagAlert(graph, i) ? [i] : []));

/** Queues with consumers, and services consuming a queue, that have no dead-letter path: what fails there is lost silently. */
export function silentHops(graph: Graph): number[] {
  const hops = new Set<number>();
  graph.nodes.forEach((_, i) => {
    if (!isFedQueue(graph, i)) return;
    if (!hasDeadLetterPath(graph, i)) hops.add(i);
    for (const e of consumeEdges(graph, i)) {
      const c = graph.target[e]!;
      if (graph.nodes[c]!.kind === 'service' && !hasDeadLetterPath(graph, c)) hops.add(c);
    }
  });
  return [...hops].sort((a, b) => a - b);
}

export interface AsyncHops {
  /** Per node: the nearest queue with consumers at or upstream of it (`cause` is the queue). */
  behind: Reach;
  /** The same, counting only queues with no lag alert. */
  unalerted: Reach;
  /** The nearest silent hop at or upstream of it. */
  silent: Reach;
}

const walkFrom = (graph: Graph, nodes: number[]): Reach => reach(graph, nodes.map((node) => ({ node, via: -1, cause: node })));

export function findAsyncHops(graph: Graph): AsyncHops {
  const queues = graph.nodes.flatMap((_, i) => (isFedQueue(graph, i) ? [i] : []));
  return { behind: walkFrom(graph, queues), unalerted: walkFrom(graph, unalertedQueues(graph)), silent: walkFrom(graph, silentHops(graph)) };
}
