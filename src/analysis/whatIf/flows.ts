import { hasDeadLetterPath, transformsOf, validates } from '../derived';
import { describeEdge } from '../text';
import { asyncInputs, backlog, failCallers, failConsumer } from './calls';
import type { Item, Spread } from './spread';
import type { Told } from './types';
import { alertAt, Arrow, toldClause } from './words';

const carry = (told: Told | undefined) => (told ? { told } : {});

/** A copy with a single source of truth elsewhere that it is reconciled against: it recovers what it missed. */
function reconciledCopy(spread: Spread, node: number): boolean {
  const n = spread.graph.nodes[node]!;
  if ((n.kind !== 'store' && n.kind !== 'cache') || n.reconciliation !== true) return false;
  return (spread.lookups.copies.get(node) ?? []).some((group) => group.truths.length === 1 && group.truths[0] !== node);
}

/** What `e` carries arrives late at its target. */
export function lateInto(spread: Spread, e: number, after: number, told: Told | undefined): void {
  const target = spread.graph.target[e]!;
  if (spread.unreachable(target, e)) return;
  const both = told ?? alertAt(spread.graph, target);
  const step = spread.effect('late', { nodes: [target], edges: [e] }, after, `${spread.name(target)} gets it late; ${toldClause(spread.graph, both)}.`, { via: e, ...carry(both) });
  if (step !== undefined) spread.pass({ node: target, effect: 'late', step, ...carry(both) });
}

/** What `e` carries never arrives, unless its target can recover it. */
export function lostInto(spread: Spread, e: number, after: number, told: Told | undefined): void {
  const target = spread.graph.target[e]!;
  if (spread.unreachable(target, e)) return;
  const who = spread.name(target);
  if (reconciledCopy(spread, target)) {
    spread.stop('reconciliation', 'lost', spread.node(target), after, `${who} is reconciled against its source of truth: it recovers what it missed.`, { via: e });
    return;
  }
  const both = told ?? alertAt(spread.graph, target);
  const step = spread.effect('lost', { nodes: [target], edges: [e] }, after, `${who} never gets it; ${toldClause(spread.graph, both)}.`, { via: e, ...carry(both) });
  if (step !== undefined) spread.pass({ node: target, effect: 'lost', step, ...carry(both) });
}

/** What `e` carries arrives twice, unless the arrow is keyed or its target idempotent. */
export function duplicateInto(spread: Spread, e: number, after: number, told: Told | undefined): void {
  const { graph } = spread;
  const target = graph.target[e]!;
  if (spread.unreachable(target, e)) return;
  const node = graph.nodes[target]!;
  const who = spread.name(target);
  if (graph.edges[e]!.idempotencyKey === true) {
    spread.stop('idempotency', 'duplicated', spread.edge(e), after, `${Arrow(graph, e)} carries an idempotency key: ${who} does the work once.`, { via: e });
  } else if (node.kind === 'service' && node.idempotent === true) {
    spread.stop('idempotency', 'duplicated', spread.node(target), after, `${who} is idempotent: the repeat does no harm.`, { via: e });
  } else {
    const both = told ?? alertAt(graph, target);
    const step = spread.effect('duplicated', { nodes: [target], edges: [e] }, after, `${who} gets it twice; ${toldClause(graph, both)}.`, {
      via: e,
      ...carry(both),
      fix: node.kind === 'service' ? `Make ${who} idempotent (deduplicate on a message id).` : `Send an idempotency key on ${describeEdge(graph, e)}.`,
      mitigation: node.kind === 'service'
        ? { target: { type: 'node', id: node.id }, fact: 'idempotent', value: true }
        : { target: { type: 'edge', id: graph.edgeId[e]! }, fact: 'idempotencyKey', value: true },
    });
    if (step !== undefined) spread.pass({ node: target, effect: 'duplicated', step, ...carry(both) });
  }
}

/** Data in a shape the target does not expect: it passes it on malformed, unless it validates and rejects it. */
export function malformedInto(spread: Spread, e: number, after: number, told: Told | undefined): void {
  const { graph } = spread;
  const target = graph.target[e]!;
  if (spread.unreachable(target, e)) return;
  const node = graph.nodes[target]!;
  const who = spread.name(target);
  if (validates(node)) {
    // A call gets the rejection back as an error; what arrives without a caller waiting must be kept or is lost.
    const answered = graph.edgeKind[e] === 'request';
    const step = spread.stop('validation', 'malformed', spread.node(target), after,
      `${who} validates its input: it rejects the data instead of passing it on${answered ? `, and ${spread.name(graph.source[e]!)} gets an error` : ''}.`, {
        via: e,
        ...(answered ? { told: { how: 'error' as const, by: graph.nodeId[graph.source[e]!]! } } : {}),
      });
    if (!answered) reject(spread, target, step);
    return;
  }
  const both = told ?? alertAt(graph, target);
  const transforming = node.kind === 'service' || node.kind === 'gateway';
  const step = spread.effect('malformed', { nodes: [target], edges: [e] }, after,
    `${who} ${node.kind === 'queue' ? 'carries' : 'takes'} data in a shape ${node.kind === 'queue' ? 'its consumers do' : 'it does'} not expect${transforming ? ' and passes on malformed data' : ''}; ${toldClause(graph, both)}.`, {
      via: e,
      ...carry(both),
      ...(transforming ? {
        fix: `Let ${who} validate what it takes and dead-letter what does not match.`,
        mitigation: { target: { type: 'node', id: node.id }, fact: 'transforms', value: [...transformsOf(node), 'validate'] },
      } : {}),
    });
  if (step !== undefined) spread.pass({ node: target, effect: 'malformed', step, ...carry(both) });
}

/** What a validating node rejects is dead-lettered, or lost. */
function reject(spread: Spread, node: number, after: number): void {
  const { graph } = spread;
  const who = spread.name(node);
  if (hasDeadLetterPath(graph, node)) {
    spread.stop('dead-letter', 'lost', spread.node(node), after, `${who} dead-letters what it rejects: nothing is lost and someone can replay it.`, {
      told: { how: 'dead-letter', by: graph.nodeId[node]! },
    });
    return;
  }
  const told = alertAt(graph, node);
  const n = graph.nodes[node]!;
  const step = spread.effect('lost', { nodes: [node] }, after, `${who} has no dead-letter path: what it rejects is lost; ${toldClause(graph, told)}.`, {
    ...carry(told),
    fix: `Give ${who} a dead-letter path so what it rejects can be replayed.`,
    ...(n.kind === 'service' ? { mitigation: { target: { type: 'node', id: n.id }, fact: 'deadLetter', value: true } } : {}),
  });
  if (step !== undefined) spread.pass({ node, effect: 'lost', step, ...carry(told) });
}

/** A consumer lost what its queue still delivered to the other consumers: their side is done, its side never will be. */
function fanOutSiblings(spread: Spread, node: number, after: number): void {
  for (const fanOut of spread.lookups.fanOuts.get(node) ?? []) {
    if (spread.has('node', fanOut.queue, 'lost')) continue;
    for (const sibling of fanOut.consumers) {
      if (sibling.node === node || spread.has('node', sibling.node, 'lost') || spread.unreachable(sibling.node, sibling.edge)) continue;
      spread.effect('half-done', { nodes: [sibling.node], edges: [sibling.edge] }, after,
        `${spread.name(sibling.node)} has handled from ${spread.name(fanOut.queue)} what ${spread.name(node)} lost: the two sides of the fan-out disagree; nobody is told.`, {
          fix: `Give ${spread.name(node)} its own dead-letter path so it catches up without the other consumers.`,
        });
    }
  }
}

/** Passes an item on: down the data flow for what travels with the data, up to the callers for a failure. */
export function handle(spread: Spread, item: Item): void {
  const { graph } = spread;
  const { node, step, told } = item;
  switch (item.effect) {
    case 'failed':
    case 'blocked':
      failCallers(spread, node, item.effect, step);
      if (item.effect === 'failed') failConsumer(spread, node, step);
      else for (const e of asyncInputs(graph, node)) backlog(spread, e, node, step);
      return;
    case 'late':
      for (const e of graph.dataOut[node]!) lateInto(spread, e, step, told);
      return;
    case 'lost':
      fanOutSiblings(spread, node, step);
      for (const e of graph.dataOut[node]!) lostInto(spread, e, step, told);
      return;
    case 'duplicated':
      for (const e of graph.dataOut[node]!) if (graph.edgeKind[e] !== 'read') duplicateInto(spread, e, step, told);
      return;
    case 'malformed':
      for (const e of graph.dataOut[node]!) malformedInto(spread, e, step, told);
      return;
    default:
      return;
  }
}
