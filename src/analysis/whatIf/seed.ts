import { hasDeadLetterPath } from '../derived';
import { asyncInputs, backlog, callFails, failCallers, isSync } from './calls';
import { duplicateInto, lateInto, lostInto } from './flows';
import type { Spread } from './spread';
import type { Effect, NodeFault, Told } from './types';
import { alertAt, Arrow } from './words';

const FAULT_EFFECT: Record<NodeFault, Effect> = { down: 'failed', slow: 'late', duplicate: 'duplicated', drop: 'lost', schema: 'malformed' };

const NODE_SENTENCE: Record<NodeFault, string> = {
  down: 'is down.',
  slow: 'is slow: it answers after its callers give up waiting.',
  duplicate: 'processes the same data twice.',
  drop: 'loses some of its data without an error.',
  schema: 'starts emitting a new schema version.',
};
const EDGE_SENTENCE: Record<Exclude<NodeFault, 'schema'>, string> = {
  down: 'is down.',
  slow: 'is slow.',
  duplicate: 'delivers the same data twice.',
  drop: 'loses some of the data on it without an error.',
};

const carry = (told: Told | undefined) => (told ? { told } : {});

/** Starts the spread at the faulty node; returns the node whose downstream only goes quiet, if any. */
export function seedNode(spread: Spread, node: number, kind: NodeFault): number | undefined {
  const { graph } = spread;
  const n = graph.nodes[node]!;
  const told = kind === 'drop' && hasDeadLetterPath(graph, node) ? { how: 'dead-letter' as const, by: n.id } : alertAt(graph, node);
  const dropFix = kind === 'drop' && !hasDeadLetterPath(graph, node) ? {
    fix: `Give ${n.label} a dead-letter path so what it cannot handle is kept and someone is told.`,
    ...(n.kind === 'service' || n.kind === 'queue' ? { mitigation: { target: { type: 'node' as const, id: n.id }, fact: 'deadLetter', value: true } } : {}),
  } : {};
  const step = spread.effect(FAULT_EFFECT[kind], { nodes: [node] }, -1, `${n.label} ${NODE_SENTENCE[kind]}`, { ...carry(told), ...dropFix }, 'fault')!;
  switch (kind) {
    case 'down':
    case 'slow': {
      failCallers(spread, node, kind === 'down' ? 'failed' : 'blocked', step);
      const inputs = asyncInputs(graph, node);
      for (const e of inputs) backlog(spread, e, node, step);
      if (kind === 'slow') spread.pass({ node, effect: 'late', step, ...carry(told) });
      return kind === 'down' && inputs.length === 0 ? node : undefined;
    }
    case 'drop':
      if (hasDeadLetterPath(graph, node)) {
        spread.stop('dead-letter', 'lost', spread.node(node), step, `${n.label} dead-letters what it drops: nothing is lost and someone is told.`, {
          told: { how: 'dead-letter', by: n.id },
        });
      } else {
        spread.pass({ node, effect: 'lost', step, ...carry(told) });
      }
      return undefined;
    default:
      spread.pass({ node, effect: FAULT_EFFECT[kind], step, ...carry(told) });
      return undefined;
  }
}

/** Starts the spread at the faulty arrow; returns the node whose downstream only goes quiet, if any. */
export function seedEdge(spread: Spread, e: number, kind: Exclude<NodeFault, 'schema'>): number | undefined {
  const { graph } = spread;
  const [source, target] = [graph.source[e]!, graph.target[e]!];
  const lead = `${Arrow(graph, e)} ${EDGE_SENTENCE[kind]}`;
  const slowOrDown = kind === 'down' || kind === 'slow';
  if (graph.edgeKind[e] === 'failure' || source < 0 || target < 0) {
    spread.effect(FAULT_EFFECT[kind], { edges: [e] }, -1, `${lead} It carries no data, so nothing else changes.`, {}, 'fault');
    return undefined;
  }
  if (slowOrDown && isSync(graph, e)) {
    const read = graph.edgeKind[e] === 'read';
    const step = spread.effect(kind === 'down' ? 'failed' : 'late', { edges: [e] }, -1, lead, {}, 'fault')!;
    callFails(spread, e, read ? source : target, read ? target : source, kind === 'down' ? 'failed' : 'blocked', step);
    if (kind === 'slow' && !read) lateInto(spread, e, step, undefined);
    return kind === 'down' && !read ? target : undefined;
  }
  if (slowOrDown) {
    const step = backlog(spread, e, target, -1, `${lead} `)!;
    lateInto(spread, e, step, spread.steps[step]!.told);
    return undefined;
  }
  const from = graph.nodes[source]!;
  const dropFix = kind === 'drop' && !hasDeadLetterPath(graph, source) ? {
    fix: `Give ${from.label} a dead-letter path for what it cannot deliver.`,
    ...(from.kind === 'service' || from.kind === 'queue' ? { mitigation: { target: { type: 'node' as const, id: from.id }, fact: 'deadLetter', value: true } } : {}),
  } : {};
  const step = spread.effect(FAULT_EFFECT[kind], { edges: [e] }, -1, lead, dropFix, 'fault')!;
  if (kind === 'duplicate') duplicateInto(spread, e, step, undefined);
  else if (hasDeadLetterPath(graph, source)) {
    spread.stop('dead-letter', 'lost', spread.edge(e), step, `${spread.name(source)} dead-letters what it cannot deliver: nothing is lost and someone is told.`, {
      told: { how: 'dead-letter', by: graph.nodeId[source]! },
    });
  } else lostInto(spread, e, step, undefined);
  return undefined;
}

