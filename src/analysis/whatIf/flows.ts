import { transformsOf, validates } from '../derived';
import { asyncInputs, backlog, failCallers } from './calls';
import { carry, keepOrLose, repeat } from './outcomes';
import type { Item, Spread } from './spread';
import type { Told } from './types';
import { alertAt, toldClause } from './words';

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
  const target = spread.graph.target[e]!;
  if (!spread.unreachable(target, e)) repeat(spread, e, target, after, told, 'gets it twice');
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
    if (!answered) keepOrLose(spread, target, step, 'what it rejects');
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
      if (item.effect === 'failed') {
        const inputs = asyncInputs(graph, node);
        if (inputs.length > 0) keepOrLose(spread, node, step, `what it takes from ${spread.name(graph.source[inputs[0]!]!)} and fails on`, inputs[0]);
      }
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
