import type { NodeOfKind } from '../../model';
import { askDeadLetter, askDelivery, askIdempotencyKey, askIdempotent, askLagAlert, askReconciliation, askSourceOfTruth, askTtl } from '../ask';
import { repeatVerdict, sharedData, sharedItem, truthsOf, type Context, type RepeatCause } from '../derived';
import type { Graph } from '../graph';
import { describeEdge, label, listing, names } from '../text';
import type { FailureAnswer, Unknown } from '../types';
import { nodeLookups, othersThan } from './byNode';

export type Mode = FailureAnswer['modes'][number];
export interface Found {
  mode: Mode;
  unknowns: Unknown[];
}
type Check = (ctx: Context, i: number) => Found[];

const id = (graph: Graph, i: number) => graph.nodeId[i]!;
const open = (mode: Mode['mode'], because: string, nodes: string[], edges: string[], unknowns: Unknown[] = []): Found =>
  ({ mode: { mode, because, mitigated: false, nodes, edges }, unknowns });
const covered = (mode: Mode['mode'], because: string, mitigation: string, nodes: string[], edges: string[]): Found =>
  ({ mode: { mode, because, mitigated: true, mitigation, nodes, edges }, unknowns: [] });

/** Behind a queue whose consumers can fall behind. */
const late: Check = ({ graph, asyncHops: { behind, unalerted } }, i) => {
  const bad = unalerted.cause[i]!;
  if (bad !== -1) {
    const because = bad === i ? 'if its consumers fall behind, nothing alerts' : `it comes through ${label(graph, bad)}, whose consumers can fall behind with no lag alert`;
    return [open('late', because, [id(graph, bad)], [], askLagAlert(graph.nodes[bad] as NodeOfKind<'queue'>))];
  }
  const queue = behind.cause[i]!;
  if (queue === -1) return [];
  const because = queue === i ? 'its consumers can fall behind' : `it comes through ${label(graph, queue)}, whose consumers can fall behind`;
  return [covered('late', because, `lag alert on ${label(graph, queue)}`, [id(graph, queue)], [])];
};

/** At or behind a queue or consumer that drops what it fails on. */
const silent: Check = ({ graph, asyncHops }, i) => {
  const hop = asyncHops.silent.cause[i]!;
  if (hop !== -1) {
    const node = graph.nodes[hop] as NodeOfKind<'queue' | 'service'>;
    const because = hop !== i ? `a message lost at ${node.label}, which has no dead-letter path, never arrives here`
      : `a message it ${node.kind === 'queue' ? 'cannot deliver' : 'fails on'} is dropped without a trace`;
    return [open('silent', because, [node.id], [], askDeadLetter(node))];
  }
  const queue = asyncHops.behind.cause[i]!;
  return queue === -1 ? [] : [covered('silent', `a message can fail at ${label(graph, queue)} or after it`, 'dead-letter paths on the way', [id(graph, queue)], [])];
};

const repeatReason = (graph: Graph, cause: RepeatCause): string =>
  cause.kind === 'redelivery' ? `${label(graph, cause.queue)} can deliver a message twice` : `${describeEdge(graph, cause.edge)} is retried`;

/** Re-run by a retry or redelivery; for a store or cache, written by something that is. */
const duplicated: Check = ({ graph, duplicates: { causes, walk } }, i) => {
  const verdictAt = (v: number) => (walk.cause[v] === -1 ? undefined : repeatVerdict(graph, v, walk.via[v]!));
  const reasonAt = (v: number) => repeatReason(graph, causes[walk.cause[v]!]!);
  const ask = (v: number) => {
    const node = graph.nodes[v]!;
    const cause = causes[walk.cause[v]!]!;
    const delivery = cause.kind === 'redelivery' && !cause.certain ? askDelivery(graph.nodes[cause.queue] as NodeOfKind<'queue'>) : [];
    return [...delivery, ...(node.kind === 'service' ? askIdempotent(node) : askIdempotencyKey(graph, walk.via[v]!))];
  };
  const found: Found[] = [];
  const verdict = verdictAt(i);
  const via = [graph.edges[walk.via[i]!]?.id ?? ''].filter(Boolean);
  if (verdict === 'safe') found.push(covered('duplicated', `${reasonAt(i)}, which runs it again`, 'it is idempotent', [], via));
  else if (verdict) found.push(open('duplicated', `${reasonAt(i)}, which runs it again`, [], via, ask(i)));
  const node = graph.nodes[i]!;
  if (node.kind !== 'store' && node.kind !== 'cache') return found;
  const writes = graph.dataIn[i]!.filter((e) => graph.edgeKind[e] === 'write' && verdictAt(graph.source[e]!) !== undefined);
  if (writes.length === 0) return found;
  const risky = writes.filter((e) => graph.edges[e]!.idempotencyKey !== true && verdictAt(graph.source[e]!) !== 'safe');
  const writers = [...new Set(risky.map((e) => graph.source[e]!))];
  found.push(risky.length > 0
    ? open('duplicated', `${names(graph, writers)} can write it twice (${listing(writers.map(reasonAt))})`, writers.map((w) => id(graph, w)), risky.map((e) => graph.edgeId[e]!),
      writers.flatMap((w) => (verdictAt(w) === 'unknown' ? ask(w) : [])))
    : covered('duplicated', 'its writers can run twice', 'its writes are idempotent', [], writes.map((e) => graph.edgeId[e]!)));
  return found;
};

/** Half of a dual write, or one consumer of a fan-out. */
const partial: Check = (ctx, i) => {
  const { graph } = ctx;
  const lookups = nodeLookups(ctx);
  const found: Found[] = [];
  for (const { node, edges, targets } of lookups.dualWrites.get(i) ?? []) {
    const arrows = edges.map((e) => graph.edgeId[e]!);
    if (node === i) found.push(open('partial', `it updates ${names(graph, targets)} in one step: one can succeed while another fails`, targets.map((t) => id(graph, t)), arrows));
    else found.push(open('partial', `${label(graph, node)} updates it in the same step as ${names(graph, othersThan(targets, i))}: one can succeed while the other fails`, [id(graph, node)], arrows));
  }
  for (const { queue, consumers } of lookups.fanOuts.get(i) ?? []) {
    const c = consumers.find((x) => x.node === i)!;
    if (!c.judged) continue;
    const others = othersThan(consumers.map((x) => x.node), i);
    const because = `it shares ${label(graph, queue)} with ${names(graph, others)}: one consumer can succeed while another fails`;
    const related = [queue, ...others].map((o) => id(graph, o));
    const service = graph.nodes[i] as NodeOfKind<'service'>;
    found.push(c.retriesAlone && c.idempotent === true
      ? covered('partial', because, 'it retries on its own and is idempotent', related, [graph.edgeId[c.edge]!])
      : open('partial', because, related, [graph.edgeId[c.edge]!], [...(c.retriesAlone ? [] : askDeadLetter(service)), ...askIdempotent(service)]));
  }
  return found;
};

/** A copy with no single source of truth or no reconciliation, or a cache that never expires or is filled by a non-owner. */
function staleHere(ctx: Context, i: number): Found[] {
  const { graph, entities } = ctx;
  const lookups = nodeLookups(ctx);
  const node = graph.nodes[i]!;
  const found: Found[] = [];
  for (const group of lookups.copies.get(i) ?? []) {
    const { what, members, truths, copies } = group;
    const others = othersThan(members, i);
    if (truths.length === 0) {
      const because = `${names(graph, others)} also ${others.length > 1 ? 'hold' : 'holds'} ${sharedData(graph, group)}, and none is its source of truth`;
      found.push(open('stale', because, others.map((o) => id(graph, o)), [], node.kind === 'store' ? askSourceOfTruth(node, sharedItem(graph, what[0]!)) : []));
    } else if (truths.length > 1) {
      found.push(open('stale', `${names(graph, truths)} are all marked the source of truth for ${sharedData(graph, group)}`, others.map((o) => id(graph, o)), []));
    } else {
      const copy = copies.find((c) => c.node === i);
      if (!copy || node.kind !== 'store') continue;
      const source = label(graph, truths[0]!);
      const because = copy.derived ? `it copies ${sharedData(graph, group)} from ${source} by change events` : `it holds ${sharedData(graph, group)} but is not fed from ${source}, its source of truth`;
      found.push(node.reconciliation === true
        ? covered('stale', because, `reconciled against ${source}`, [id(graph, truths[0]!)], [])
        : open('stale', because, [id(graph, truths[0]!)], [], askReconciliation(node, source)));
    }
  }
  const status = lookups.caches.get(i);
  if (status && node.kind === 'cache') {
    const truths = truthsOf(entities, entities.held[i]!);
    const against = truths.length > 0 ? names(graph, truths) : 'its source of truth';
    found.push(status.bounded
      ? covered('stale', 'an entry can outlive an update', node.reconciliation === true ? `reconciled against ${against}` : `entries expire after ${node.ttlSeconds} s`, [], [])
      : open('stale', 'an entry that misses an update never expires', [], [], [...askTtl(node), ...askReconciliation(node, against)]));
    const writers = [...new Set(status.foreign.map((f) => f.writer))];
    if (writers.length > 0) {
      found.push(open('stale', `${names(graph, writers)} fill it without taking the value from ${against}`, writers.map((w) => id(graph, w)),
        status.foreign.map((f) => graph.edgeId[f.edge]!), askReconciliation(node, against)));
    }
  }
  return found;
}

/** Stale here, or reading something that can be. */
const stale: Check = (ctx, i) => {
  const { graph } = ctx;
  const found = staleHere(ctx, i);
  for (const e of graph.dataIn[i]!) {
    const from = graph.source[e]!;
    if (graph.edgeKind[e] === 'read' && staleHere(ctx, from).some((f) => !f.mode.mitigated)) {
      found.push(open('stale', `it reads ${label(graph, from)}, which can be stale`, [id(graph, from)], [graph.edgeId[e]!]));
    }
  }
  return found;
};

/** On a queue, or consuming one, whose producers and consumers do not share one declared schema; or anywhere behind a queue whose schemas conflict. */
const malformed: Check = (ctx, i) => {
  const { graph } = ctx;
  const { contracts } = nodeLookups(ctx);
  const queues = new Set([i, ...graph.dataIn[i]!.map((e) => graph.source[e]!)]);
  const drifting = ctx.drift.cause[i]!;
  const behind = drifting !== -1 && !queues.has(drifting)
    ? [open('malformed', `it comes through ${label(graph, drifting)}, whose producers and consumers declare different schemas: a field one side expects arrives null here`, [id(graph, drifting)], [])]
    : [];
  return [...behind, ...[...queues].flatMap((queue) => {
    const contract = contracts.get(queue);
    if (!contract) return [];
    const name = label(graph, queue);
    const { status, schemas } = contract;
    if (status === 'agreed') {
      return [covered('malformed', `producers and consumers of ${name} could disagree on the message shape`, `every arrow on ${name} declares ${schemas[0]!.schema}`, [id(graph, queue)], [])];
    }
    const because = status === 'conflict' ? `the arrows on ${name} declare different schemas (${listing(schemas.map((s) => s.schema))})` : `nothing declares the message schema on every arrow of ${name}`;
    return [open('malformed', because, [id(graph, queue)], [])];
  })];
};

/** A store two nodes write the same entity into: their updates overwrite each other. */
const conflicting: Check = (ctx, i) => {
  const { graph } = ctx;
  if (graph.nodeKind[i] !== 'store') return [];
  return (nodeLookups(ctx).conflicts.get(i) ?? []).map(({ entity, writers, edges }) =>
    open('conflicting', `${names(graph, writers)} ${writers.length === 2 ? 'both' : 'all'} write ${entity}: concurrent updates overwrite each other and nobody owns it`, writers.map((w) => id(graph, w)),
      edges.filter((e) => graph.target[e] === i).map((e) => graph.edgeId[e]!), askSourceOfTruth(graph.nodes[i] as NodeOfKind<'store'>, entity)));
};

export const FAILURE_CHECKS: readonly Check[] = [late, duplicated, partial, silent, stale, malformed, conflicting];
