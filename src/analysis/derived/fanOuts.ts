import type { Graph } from '../graph';
import { consumeEdges, retriesAlone } from './facts';

export interface FanOutConsumer {
  node: number;
  edge: number;
  /** Only services carry the facts a fan-out needs; other consumers are not judged. */
  judged: boolean;
  retriesAlone: boolean;
  /** Idempotent, or deduplicating by the arrow's key; undefined when unknown. */
  idempotent: boolean | undefined;
}

export interface FanOut {
  queue: number;
  consumers: FanOutConsumer[];
}

/** Queues consumed by two or more nodes: one consumer can succeed while another fails. */
export function findFanOuts(graph: Graph): FanOut[] {
  const found: FanOut[] = [];
  for (const queue of graph.nodesOfKind.queue) {
    const consumers = new Map<number, FanOutConsumer>();
    for (const edge of consumeEdges(graph, queue)) {
      const c = graph.target[edge]!;
      if (consumers.has(c)) continue;
      const n = graph.nodes[c]!;
      const keyed = graph.edges[edge]!.idempotencyKey === true;
      consumers.set(c, {
        node: c,
        edge,
        judged: n.kind === 'service',
        retriesAlone: retriesAlone(graph, c),
        idempotent: keyed || (n.kind === 'service' ? n.idempotent : undefined),
      });
    }
    if (consumers.size >= 2) found.push({ queue, consumers: [...consumers.values()] });
  }
  return found;
}
