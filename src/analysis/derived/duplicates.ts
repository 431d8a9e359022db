import type { NodeOfKind } from '../../model';
import type { Graph } from '../graph';
import { consumeEdges } from './facts';
import { reach, type Reach, type Seed } from './reach';

/** Why work may run twice: a retried call or publish, or a queue that may deliver a message again. */
export type RepeatCause =
  | { kind: 'retry'; edge: number }
  | { kind: 'redelivery'; queue: number; /** false when the queue's delivery is unknown */ certain: boolean };

export type Verdict = 'safe' | 'unsafe' | 'unknown';

export interface Duplicates {
  causes: RepeatCause[];
  /** `cause` indexes `causes`; `via` is the arrow the repeated work arrives by. */
  walk: Reach;
}

const keyed = (graph: Graph, e: number) => graph.edges[e]!.idempotencyKey === true;
const retried = (graph: Graph, e: number) => (graph.edges[e]!.retries ?? 0) > 0;

/**
 * Every node a repeat can re-run: the target of a retried request, the consumers of a queue that
 * redelivers or of a retried publish, and from each of those the synchronous chain behind it
 * (request arrows onward). An arrow carrying an idempotency key stops the repeat.
 */
export function findDuplicates(graph: Graph): Duplicates {
  const causes: RepeatCause[] = [];
  const seeds: Seed[] = [];
  const consumersOf = (queue: number, cause: number, only: (e: number) => boolean = () => true) => {
    for (const c of consumeEdges(graph, queue)) if (!keyed(graph, c) && only(c)) seeds.push({ node: graph.target[c]!, via: c, cause });
  };
  graph.edges.forEach((edge, e) => {
    const target = graph.target[e]!;
    if (graph.source[e]! < 0 || target < 0 || !retried(graph, e) || keyed(graph, e)) return;
    if (edge.kind === 'request') seeds.push({ node: target, via: e, cause: causes.length });
    else if (edge.kind === 'publish' && graph.nodeKind[target] === 'queue') consumersOf(target, causes.length);
    else return;
    causes.push({ kind: 'retry', edge: e });
  });
  for (const q of graph.nodesOfKind.queue) {
    const node = graph.nodes[q] as NodeOfKind<'queue'>;
    const redelivers = node.delivery === undefined || node.delivery === 'at-least-once';
    const before = seeds.length;
    consumersOf(q, causes.length, (c) => redelivers || retried(graph, c));
    if (seeds.length === before) continue;
    const certain = node.delivery === 'at-least-once' || seeds.slice(before).some((s) => retried(graph, s.via));
    causes.push({ kind: 'redelivery', queue: q, certain });
  }
  return { causes, walk: reach(graph, seeds, (e) => graph.edgeKind[e] === 'request' && !keyed(graph, e)) };
}

/** Whether running `node` again through arrow `via` is harmless; undefined for kinds that carry no such fact. */
export function repeatVerdict(graph: Graph, node: number, via: number): Verdict | undefined {
  const n = graph.nodes[node]!;
  if (n.kind === 'service') return n.idempotent === true ? 'safe' : n.idempotent === false ? 'unsafe' : 'unknown';
  if (n.kind === 'external') return graph.edges[via]?.idempotencyKey === false ? 'unsafe' : 'unknown';
  return undefined;
}
