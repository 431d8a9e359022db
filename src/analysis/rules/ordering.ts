import type { NodeOfKind } from '../../model';
import { askOrderMatters } from '../ask';
import { consumeEdges } from '../derived';
import type { Graph } from '../graph';
import { label, listing } from '../text';
import type { Finding } from '../types';
import { finding, type Rule, type RuleInfo } from './rule';

const info: RuleInfo = { id: 'ordering', question: 'failure', title: 'Keep per-key order where it matters', severity: 'error', facts: ['orderMatters', 'retries', 'parallel', 'mode'] };

interface Reorder {
  nodes: number[];
  edges: number[];
  /** In words, made with the finding's. */
  how: (graph: Graph) => string;
}

/** What can reorder a queue's messages: a retried publish, a parallel consumer, a consumer that parks failures on another queue. */
function reorderings(graph: Graph, queue: number): Reorder[] {
  const found: Reorder[] = [];
  for (const e of graph.dataIn[queue]!) {
    if (graph.edgeKind[e] === 'publish' && (graph.edges[e]!.retries ?? 0) > 0) {
      found.push({ nodes: [graph.source[e]!], edges: [e], how: (graph) => `${label(graph, graph.source[e]!)} retries its publish, so a retried message can land after a later one` });
    }
  }
  for (const e of consumeEdges(graph, queue)) {
    const consumer = graph.target[e]!;
    if (graph.edges[e]!.parallel === true) found.push({ nodes: [consumer], edges: [e], how: (graph) => `${label(graph, consumer)} handles one key’s messages in parallel` });
    const parked = graph.failureOut[consumer]!.filter((f) => graph.nodeKind[graph.target[f]!] === 'queue' && graph.edges[f]!.mode !== 'alert' && graph.edges[f]!.mode !== 'compensate');
    if (parked.length > 0) {
      found.push({ nodes: [consumer, ...parked.map((f) => graph.target[f]!)], edges: parked, how: (graph) => `${label(graph, consumer)} parks what it fails on in ${listing(parked.map((f) => label(graph, graph.target[f]!)))} and moves on, so later messages overtake it` });
    }
  }
  return found;
}

/** Per-key order is lost by retried publishes, parallel consumers and retry or dead-letter topics: ask whether it matters. */
export const ordering: Rule = {
  ...info,
  check(ctx) {
    const { graph } = ctx;
    const findings: Finding[] = [];
    for (const queue of graph.nodesOfKind.queue) {
      const node = graph.nodes[queue] as NodeOfKind<'queue'>;
      if (node.orderMatters === false) continue;
      const found = reorderings(graph, queue);
      if (found.length === 0) continue;
      findings.push(finding(ctx, ordering, {
        severity: node.orderMatters === true ? 'error' : 'warning',
        nodes: [queue, ...found.flatMap((r) => r.nodes)],
        edges: found.flatMap((r) => r.edges),
      }));
    }
    return findings;
  },
  /** Its first node is the queue: what reorders it is found again. */
  words({ graph }, { nodes: [queue] }) {
    const node = graph.nodes[queue!] as NodeOfKind<'queue'>;
    return {
      message: `Messages on ${label(graph, queue!)} can arrive out of order: ${reorderings(graph, queue!).map((r) => r.how(graph)).join('; ')}.${node.orderMatters === true ? ' Its consumers need each key’s messages in order.' : ' Does order matter for them? Unknown.'}`,
      fix: `Keep one key on one partition with one worker at a time: publish with an idempotent producer (no reordering retries), consume each key serially, and hold a key’s later messages while one is parked — or carry a version on each message and drop older ones.`,
      unknowns: askOrderMatters(node),
    };
  },
};
