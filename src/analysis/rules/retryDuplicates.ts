import type { NodeOfKind } from '../../model';
import { askDelivery, askIdempotencyKey, askIdempotent } from '../ask';
import { repeatVerdict, trace, type FanOut, type Reach, type RepeatCause } from '../derived';
import type { Graph } from '../graph';
import { describeEdge, label, names, plural } from '../text';
import type { Finding, Unknown } from '../types';
import { finding, type Rule, type RuleInfo } from './rule';

const info: RuleInfo = { id: 'retry-duplicates', question: 'failure', title: 'Retries need idempotent receivers', severity: 'error', facts: ['retries', 'idempotencyKey', 'idempotent', 'delivery'] };

function whatRepeats(graph: Graph, cause: RepeatCause, rerun: string): string {
  if (cause.kind === 'redelivery') {
    const how = cause.certain ? 'can deliver a message more than once' : 'may deliver a message more than once (its delivery guarantee is unknown)';
    return `${label(graph, cause.queue)} ${how}: ${rerun} can process the same message twice.`;
  }
  const edge = graph.edges[cause.edge]!;
  const times = `${edge.retries} ${plural(edge.retries ?? 0, 'time', 'times')}`;
  return edge.kind === 'publish'
    ? `${label(graph, graph.source[cause.edge]!)} retries its publish to ${label(graph, graph.target[cause.edge]!)} up to ${times}; a retry after a lost acknowledgement publishes the event again to ${rerun}.`
    : `${label(graph, graph.source[cause.edge]!)} retries its call to ${label(graph, graph.target[cause.edge]!)} up to ${times}; each retry runs ${rerun} again.`;
}

/** External APIs cannot be made idempotent by us: ask for the key on the arrow; a provider's retried webhook is deduplicated on its event id. */
function fixFor(graph: Graph, cause: RepeatCause, nodes: readonly number[]): string {
  const ours = nodes.filter((v) => graph.nodeKind[v] !== 'external');
  const theirs = nodes.filter((v) => graph.nodeKind[v] === 'external');
  const keyFor = theirs.length > 0 ? `${names(graph, theirs)} ${plural(theirs.length, 'is an external API', 'are external APIs')}: we cannot make ${plural(theirs.length, 'it', 'them')} idempotent — send an idempotency key on the call (idempotencyKey).` : '';
  if (cause.kind === 'retry' && graph.nodeKind[graph.source[cause.edge]!] === 'external') {
    return `${label(graph, graph.source[cause.edge]!)} retries its webhook: deduplicate on the provider’s event id in ${names(graph, ours)} (idempotent). ${keyFor}`.trim();
  }
  const ourFix = ours.length === 0 ? '' : cause.kind === 'retry'
    ? `Make ${names(graph, ours)} idempotent (deduplicate on a request id), or send an idempotency key with ${describeEdge(graph, cause.edge)}.`
    : `Make ${names(graph, ours)} idempotent (deduplicate on the message id), or mark ${plural(ours.length, 'its subscription', 'their subscriptions')} with an idempotency key.`;
  return [ourFix, keyFor].filter(Boolean).join(' ');
}

/** What is known of the re-run nodes' idempotency, as sentences after the cause. */
const verdicts = (graph: Graph, bad: readonly number[], open: readonly number[]): string =>
  (bad.length > 0 ? ` ${names(graph, bad)} ${plural(bad.length, 'is', 'are')} not idempotent.` : '') +
  (open.length > 0 ? ` ${plural(open.length, 'Is', 'Are')} ${names(graph, open)} idempotent? Unknown.` : '');

const edgeEnds = (graph: Graph, e: number): number[] => (e < 0 ? [] : [graph.source[e]!, graph.target[e]!]);

const coveredByFanOut = (fanOut: FanOut | undefined, nodes: readonly number[]) =>
  fanOut !== undefined && nodes.every((n) => fanOut.consumers.some((c) => c.judged && c.node === n));

function unknownsOf(graph: Graph, walk: Reach, cause: RepeatCause, open: readonly number[]): Unknown[] {
  const unknowns = cause.kind === 'redelivery' && !cause.certain ? askDelivery(graph.nodes[cause.queue] as NodeOfKind<'queue'>) : [];
  for (const v of open) {
    const node = graph.nodes[v]!;
    unknowns.push(...(node.kind === 'service' ? askIdempotent(node) : askIdempotencyKey(graph, walk.via[v]!)));
  }
  return unknowns;
}

/** A retried call, a retried publish or an at-least-once queue repeats work; every non-idempotent node it re-runs makes duplicates. */
export const retryDuplicates: Rule = {
  ...info,
  check(ctx) {
    const { graph } = ctx;
    const { causes, walk } = ctx.duplicates;
    const unsafe = new Map<number, number[]>();
    const unknown = new Map<number, number[]>();
    for (let v = 0; v < graph.nodes.length; v++) {
      const c = walk.cause[v]!;
      const verdict = c === -1 ? undefined : repeatVerdict(graph, v, walk.via[v]!);
      const byCause = verdict === 'unsafe' ? unsafe : verdict === 'unknown' ? unknown : undefined;
      if (!byCause) continue;
      const list = byCause.get(c);
      if (list) list.push(v);
      else byCause.set(c, [v]);
    }
    const findings: Finding[] = [];
    // A queue has at most one fan-out.
    const fanOutOf = new Map(ctx.fanOuts.map((f) => [f.queue, f]));
    for (let c = 0; c < causes.length; c++) {
      const [bad, open] = [unsafe.get(c) ?? [], unknown.get(c) ?? []];
      if (bad.length + open.length === 0) continue;
      const cause = causes[c]!;
      // A redelivery that re-runs only fan-out consumers is part of the fan-out finding, which asks the same.
      if (cause.kind === 'redelivery' && coveredByFanOut(fanOutOf.get(cause.queue), [...bad, ...open])) continue;
      const nodes = [...bad, ...open].sort((a, b) => a - b);
      const taken = new Set<number>();
      const edges = cause.kind === 'retry' ? [cause.edge] : [];
      for (const v of nodes) edges.push(...trace(graph, walk, v, taken));
      findings.push(finding(ctx, retryDuplicates, {
        severity: bad.length > 0 && (cause.kind === 'retry' || cause.certain) ? 'error' : 'warning',
        nodes,
        edges,
        // The queue that redelivers, and the arrows by which each undecided node is reached (its idempotency key is asked).
        mentions: [...(cause.kind === 'redelivery' ? [cause.queue] : []), ...open.flatMap((v) => edgeEnds(graph, walk.via[v]!))],
        about: c,
      }));
    }
    return findings;
  },
  /** About one of the causes of repeats; its nodes are those the cause re-runs that are not, or may not be, idempotent. */
  words({ graph, duplicates: { causes, walk } }, { nodes, about }) {
    const cause = causes[about]!;
    const verdict = (v: number) => repeatVerdict(graph, v, walk.via[v]!);
    const [bad, open] = [nodes.filter((v) => verdict(v) === 'unsafe'), nodes.filter((v) => verdict(v) === 'unknown')];
    return {
      message: whatRepeats(graph, cause, names(graph, nodes)) + verdicts(graph, bad, open),
      fix: fixFor(graph, cause, nodes),
      unknowns: unknownsOf(graph, walk, cause, open),
    };
  },
};
