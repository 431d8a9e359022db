import type { NodeOfKind } from '../../model';
import { askDelivery, askIdempotencyKey, askIdempotent } from '../ask';
import { repeatVerdict, trace, type RepeatCause } from '../derived';
import type { Graph } from '../graph';
import { describeEdge, label, names, plural } from '../text';
import { finding, type Rule } from './rule';

const info = { id: 'retry-duplicates', question: 'failure', title: 'Retries need idempotent receivers' } as const;

function whatRepeats(graph: Graph, cause: RepeatCause, rerun: string): string {
  if (cause.kind === 'redelivery') {
    const queue = graph.nodes[cause.queue]!;
    const how = cause.certain ? 'can deliver a message more than once' : 'may deliver a message more than once (its delivery guarantee is unknown)';
    return `${queue.label} ${how}: ${rerun} can process the same message twice.`;
  }
  const edge = graph.edges[cause.edge]!;
  const times = `${edge.retries} ${plural(edge.retries ?? 0, 'time', 'times')}`;
  return edge.kind === 'publish'
    ? `${label(graph, graph.source[cause.edge]!)} retries its publish to ${label(graph, graph.target[cause.edge]!)} up to ${times}; a retry after a lost acknowledgement publishes the event again to ${rerun}.`
    : `${label(graph, graph.source[cause.edge]!)} retries its call to ${label(graph, graph.target[cause.edge]!)} up to ${times}; each retry runs ${rerun} again.`;
}

/** A retried call, a retried publish or an at-least-once queue repeats work; every non-idempotent node it re-runs makes duplicates. */
export const retryDuplicates: Rule = {
  ...info,
  check(ctx) {
    const { graph } = ctx;
    const { causes, walk } = ctx.duplicates;
    const unsafe = causes.map((): number[] => []);
    const unknown = causes.map((): number[] => []);
    for (let v = 0; v < graph.nodes.length; v++) {
      const c = walk.cause[v]!;
      const verdict = c === -1 ? undefined : repeatVerdict(graph, v, walk.via[v]!);
      if (verdict === 'unsafe') unsafe[c]!.push(v);
      else if (verdict === 'unknown') unknown[c]!.push(v);
    }
    return causes.flatMap((cause, c) => {
      const [bad, open] = [unsafe[c]!, unknown[c]!];
      const nodes = [...bad, ...open].sort((a, b) => a - b);
      if (nodes.length === 0) return [];
      const certain = cause.kind === 'retry' || cause.certain;
      const taken = new Set<number>();
      const edges = [...(cause.kind === 'retry' ? [cause.edge] : []), ...nodes.flatMap((v) => trace(graph, walk, v, taken))];
      const verdicts = [
        bad.length > 0 ? `${names(graph, bad)} ${plural(bad.length, 'is', 'are')} not idempotent.` : '',
        open.length > 0 ? `${plural(open.length, 'Is', 'Are')} ${names(graph, open)} idempotent? Unknown.` : '',
      ].filter(Boolean);
      return [finding(ctx, info, {
        severity: bad.length > 0 && certain ? 'error' : 'warning',
        nodes,
        edges,
        message: `${whatRepeats(graph, cause, names(graph, nodes))} ${verdicts.join(' ')}`,
        fix: cause.kind === 'retry'
          ? `Make ${names(graph, nodes)} idempotent (deduplicate on a request id), or send an idempotency key with ${describeEdge(graph, cause.edge)}.`
          : `Make ${names(graph, nodes)} idempotent (deduplicate on the message id), or mark ${plural(nodes.length, 'its subscription', 'their subscriptions')} with an idempotency key.`,
        unknowns: [
          ...(cause.kind === 'redelivery' && !cause.certain ? askDelivery(graph.nodes[cause.queue] as NodeOfKind<'queue'>) : []),
          ...open.flatMap((v) => {
            const node = graph.nodes[v]!;
            return node.kind === 'service' ? askIdempotent(node) : askIdempotencyKey(graph, walk.via[v]!);
          }),
        ],
      })];
    });
  },
};
