import type { Graph } from '../graph';
import { consumeEdges, hasDeadLetterPath, hasLagAlert } from './facts';
import { reach, type Reach } from './reach';

const fedQueues = (graph: Graph): number[] => graph.nodesOfKind.queue.filter((q) => graph.dataOut[q]!.length > 0);

/** Queues with consumers and no lag alert: data can arrive hours late unnoticed. */
export const unalertedQueues = (graph: Graph): number[] => fedQueues(graph).filter((q) => !hasLagAlert(graph, q));

/** Queues with consumers, and services consuming a queue, that have no dead-letter path: what fails there is lost silently. */
export function silentHops(graph: Graph): number[] {
  const hops = new Set<number>();
  for (const q of fedQueues(graph)) {
    if (!hasDeadLetterPath(graph, q)) hops.add(q);
    for (const e of consumeEdges(graph, q)) {
      const c = graph.target[e]!;
      if (graph.nodeKind[c] === 'service' && !hasDeadLetterPath(graph, c)) hops.add(c);
    }
  }
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
  return { behind: walkFrom(graph, fedQueues(graph)), unalerted: walkFrom(graph, unalertedQueues(graph)), silent: walkFrom(graph, silentHops(graph)) };
}
