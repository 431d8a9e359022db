import type { NodeOfKind } from '../../model';
import { askDeadLetter } from '../ask';
import { consumeEdges } from '../derived';
import type { Graph } from '../graph';
import { label } from '../text';
import type { Finding } from '../types';
import { finding, type Rule, type RuleInfo } from './rule';

const info: RuleInfo = { id: 'poison-message', question: 'failure', title: 'A failing message must not block the rest', severity: 'warning', facts: ['deadLetter', 'retries', 'mode'] };

/** Where a consumer sends what it fails on for good: its own dead-letter queue, a dead-letter path, or its queue's. */
function deadLetters(graph: Graph, consumer: number, queue: number): boolean {
  const node = graph.nodes[consumer]!;
  const own = node.kind === 'service' && node.deadLetter === true;
  return own || (graph.nodes[queue] as NodeOfKind<'queue'>).deadLetter === true || graph.failureOut[consumer]!.some((e) => graph.edges[e]!.mode === 'dead-letter');
}

/**
 * A consumer that retries what it fails on (a retry path, or retries on its subscription) and has
 * nowhere to put a message that always fails: that message is retried over and over and the ones
 * behind it on its partition wait. (A consumer with no failure path at all is dead-letter's.)
 */
export const poisonMessage: Rule = {
  ...info,
  check(ctx) {
    const { graph } = ctx;
    const findings: Finding[] = [];
    for (const queue of graph.nodesOfKind.queue) {
      for (const e of consumeEdges(graph, queue)) {
        const consumer = graph.target[e]!;
        const node = graph.nodes[consumer]!;
        if (node.kind !== 'service') continue;
        const retryPaths = graph.failureOut[consumer]!.filter((f) => graph.edges[f]!.mode === 'retry');
        const retries = retryPaths.length > 0 || (graph.edges[e]!.retries ?? 0) > 0;
        if (!retries || graph.failureOut[consumer]!.length === 0 || deadLetters(graph, consumer, queue)) continue;
        findings.push(finding(ctx, poisonMessage, { severity: 'warning', nodes: [consumer, queue], edges: [e, ...retryPaths] }));
      }
    }
    return findings;
  },
  /** Its nodes: the consumer, then the queue. */
  words({ graph }, { nodes: [consumer, queue] }) {
    return {
      message: `${label(graph, consumer!)} retries what it fails on from ${label(graph, queue!)} but has no dead-letter queue: a message that always fails (a poison message) is retried again and again, and every message behind it on its partition waits.`,
      fix: `Cap the retries on ${label(graph, consumer!)} and then move the message to a dead-letter queue (deadLetter, or a failure arrow of mode dead-letter), with an alert on it.`,
      unknowns: askDeadLetter(graph.nodes[consumer!] as NodeOfKind<'service'>),
    };
  },
};
