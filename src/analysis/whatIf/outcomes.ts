import { hasDeadLetterPath } from '../derived';
import { describeEdge } from '../text';
import type { Spread } from './spread';
import type { Told } from './types';
import { alertAt, Arrow, toldClause } from './words';

export const carry = (told: Told | undefined) => (told ? { told } : {});

/** `node` runs again for what came by `e`: stopped by a key on `e` or an idempotent service, else duplicated and passed on. */
export function repeat(spread: Spread, e: number, node: number, after: number, told: Told | undefined, what: string): void {
  const { graph } = spread;
  const n = graph.nodes[node]!;
  const who = spread.name(node);
  if (graph.edges[e]!.idempotencyKey === true) {
    spread.stop('idempotency', 'duplicated', spread.edge(e), after, `${Arrow(graph, e)} carries an idempotency key: ${who} does the work once.`, { via: e });
  } else if (n.kind === 'service' && n.idempotent === true) {
    spread.stop('idempotency', 'duplicated', spread.node(node), after, `${who} is idempotent: the repeat does no harm.`, { via: e });
  } else {
    const both = told ?? alertAt(graph, node);
    const step = spread.effect('duplicated', { nodes: [node], edges: graph.target[e] === node ? [e] : [] }, after, `${who} ${what}; ${toldClause(graph, both)}.`, {
      via: e,
      ...carry(both),
      fix: n.kind === 'service' ? `Make ${who} idempotent (deduplicate on a message id).` : `Send an idempotency key on ${describeEdge(graph, e)}.`,
      mitigation: n.kind === 'service'
        ? { target: { type: 'node', id: n.id }, fact: 'idempotent', value: true }
        : { target: { type: 'edge', id: graph.edgeId[e]! }, fact: 'idempotencyKey', value: true },
    });
    if (step !== undefined) spread.pass({ node, effect: 'duplicated', step, ...carry(both) });
  }
}

/** What `node` failed on or rejected is dead-lettered, or lost with nobody told. `what` says what it is. */
export function keepOrLose(spread: Spread, node: number, after: number, what: string, via = -1): void {
  const { graph } = spread;
  const who = spread.name(node);
  if (hasDeadLetterPath(graph, node)) {
    spread.stop('dead-letter', 'lost', spread.node(node), after, `${who} dead-letters ${what}: nothing is lost and someone can replay it.`, {
      told: { how: 'dead-letter', by: graph.nodeId[node]! },
    });
    return;
  }
  const told = alertAt(graph, node);
  const n = graph.nodes[node]!;
  const step = spread.effect('lost', { nodes: [node] }, after, `${who} has no dead-letter path: ${what} is lost; ${toldClause(graph, told)}.`, {
    via,
    ...carry(told),
    fix: `Give ${who} a dead-letter path so ${what} can be replayed.`,
    ...(n.kind === 'service' || n.kind === 'queue' ? { mitigation: { target: { type: 'node', id: n.id }, fact: 'deadLetter', value: true } } : {}),
  });
  if (step !== undefined) spread.pass({ node, effect: 'lost', step, ...carry(told) });
}
