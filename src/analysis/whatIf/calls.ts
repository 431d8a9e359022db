import { hasLagAlert } from '../derived';
import type { Graph } from '../graph';
import { describeEdge, plural } from '../text';
import { repeat } from './outcomes';
import type { Spread } from './spread';
import { alertAt, Arrow, toldClause } from './words';

const TIMEOUT_MS = 1000;

/** A drawn fallback (or a failure path of no stated mode) out of the caller: it answers without the callee. */
export const hasFallback = (graph: Graph, node: number): boolean =>
  graph.failureOut[node]!.some((e) => graph.edges[e]!.mode === 'fallback' || graph.edges[e]!.mode === undefined);

/** The arrows by which callers wait on `node`: requests, writes and publishes into it, and reads from it. */
export function callerEdges(graph: Graph, node: number): { edge: number; caller: number }[] {
  const found: { edge: number; caller: number }[] = [];
  for (const e of graph.dataIn[node]!) {
    const kind = graph.edgeKind[e];
    if (kind === 'request' || kind === 'write' || kind === 'publish') found.push({ edge: e, caller: graph.source[e]! });
  }
  for (const e of graph.dataOut[node]!) if (graph.edgeKind[e] === 'read') found.push({ edge: e, caller: graph.target[e]! });
  return found;
}

/** The arrows that hand `node` data without anyone waiting: consumes, change events and replication. */
export const asyncInputs = (graph: Graph, node: number): number[] =>
  graph.dataIn[node]!.filter((e) => graph.edgeKind[e] === 'consume' || graph.edgeKind[e] === 'cdc' || graph.edgeKind[e] === 'replicate');

export const isSync = (graph: Graph, e: number): boolean => ['request', 'write', 'publish', 'read'].includes(graph.edgeKind[e]!);

/** `node` cannot answer (failed) or answers too late (blocked): everyone waiting on it hears of it. */
export function failCallers(spread: Spread, node: number, state: 'failed' | 'blocked', after: number): void {
  for (const { edge, caller } of callerEdges(spread.graph, node)) callFails(spread, edge, node, caller, state, after);
}

/**
 * One caller's call into a failing callee: a hang becomes a failure where the call has a timeout;
 * a failure stops at a caller with a fallback; otherwise the caller fails (or hangs) in turn.
 */
export function callFails(spread: Spread, e: number, callee: number, caller: number, state: 'failed' | 'blocked', after: number): void {
  const { graph } = spread;
  if (caller < 0 || caller === spread.faultNode) return;
  const timed = graph.edges[e]!.timeoutMs !== undefined;
  const now = state === 'blocked' && timed ? 'failed' : state;
  const retries = graph.edges[e]!.retries ?? 0;
  const who = spread.name(caller);
  const how = now === 'blocked' ? 'hangs, with no timeout'
    : `fails${state === 'blocked' ? ' when it times out' : ''}${retries > 0 ? ` after ${retries} ${plural(retries, 'retry', 'retries')}` : ''}`;
  let step: number | undefined;
  if (now === 'failed' && hasFallback(graph, caller)) {
    step = spread.effect('failed', { edges: [e] }, after, `${Arrow(graph, e)} ${how}.`, { via: e });
    if (step !== undefined) {
      spread.stop(timed ? 'timeout+fallback' : 'fallback', 'failed', spread.node(caller), step, `${who} falls back: the failure stops there.`);
    }
  } else {
    // An actor is where the failure surfaces: a person sees it, so there is nothing to fix there.
    const actor = graph.nodeKind[caller] === 'actor';
    const consequence = actor ? `${who} ${now === 'failed' ? 'gets an error' : 'waits'}` : `so ${who} ${now === 'failed' ? 'fails' : 'is blocked'}`;
    const fix = now === 'blocked'
      ? `Set a timeout on ${describeEdge(graph, e)} and give ${who} a fallback (a failure arrow, mode fallback).`
      : `Give ${who} a fallback for when ${describeEdge(graph, e)} fails (a failure arrow, mode fallback).`;
    step = spread.effect(now, { nodes: [caller], edges: [e] }, after, `${Arrow(graph, e)} ${how}${actor ? ':' : ','} ${consequence}.`, {
      via: e,
      told: { how: 'error', by: graph.nodeId[caller]! },
      ...(actor ? {} : { fix }),
      ...(now === 'blocked' && !actor ? { mitigation: { target: { type: 'edge', id: graph.edgeId[e]! }, fact: 'timeoutMs', value: TIMEOUT_MS } } : {}),
    });
    if (step !== undefined) spread.pass({ node: caller, effect: now, step });
  }
  if (step === undefined || now !== 'failed') return;
  halfDone(spread, caller, e, step);
  retried(spread, e, callee, step);
}

/** The other sides of a dual write whose one side just failed: they may already have happened. */
function halfDone(spread: Spread, writer: number, failed: number, after: number): void {
  const { graph } = spread;
  for (const write of spread.lookups.dualWrites.get(writer) ?? []) {
    if (write.node !== writer || !write.edges.includes(failed)) continue;
    for (const e of write.edges) {
      const target = graph.target[e]!;
      if (target === graph.target[failed] || spread.unreachable(target, e)) continue;
      spread.effect('half-done', { nodes: [target], edges: [e] }, after,
        `${spread.name(writer)} may already have done ${describeEdge(graph, e)}: ${spread.name(target)} is left half-done; nobody is told.`, {
          fix: `Let ${spread.name(writer)} update one system only and drive the others from its change event (cdc → queue → consumer).`,
        });
    }
  }
}

/** A retried call re-runs its callee once it answers, unless the call is keyed or the callee idempotent. */
function retried(spread: Spread, e: number, callee: number, after: number): void {
  const retries = spread.graph.edges[e]!.retries ?? 0;
  if (retries === 0 || spread.unreachable(callee, e)) return;
  repeat(spread, e, callee, after, undefined, `may run again for the same data once it answers, as ${describeEdge(spread.graph, e)} is retried ${retries} ${plural(retries, 'time', 'times')}`);
}

/**
 * `node` does not take what `e` brings (down or hanging): it waits upstream and arrives late. `lead`
 * opens the sentence when this is the fault itself.
 */
export function backlog(spread: Spread, e: number, node: number, after: number, lead = ''): number | undefined {
  const { graph } = spread;
  const from = graph.source[e]!;
  const lagAlert = graph.edgeKind[e] === 'consume' && hasLagAlert(graph, from);
  const told = lagAlert ? { how: 'lag-alert' as const, by: graph.nodeId[from]! } : alertAt(graph, node);
  const n = graph.nodes[from]!;
  const sentence = `${lead}${spread.name(from)} holds what ${spread.name(node)} has not taken: it will arrive late; ${toldClause(graph, told)}.`;
  const step = spread.effect('late', { edges: [e] }, after, sentence, {
    via: e,
    told,
    ...(told ? {} : {
      fix: n.kind === 'queue' ? `Alert on ${spread.name(from)}’s consumer lag.` : `Alert when ${spread.name(node)} falls behind (a failure arrow, mode alert).`,
      ...(n.kind === 'queue' ? { mitigation: { target: { type: 'node' as const, id: n.id }, fact: 'lagAlert', value: true } } : {}),
    }),
  }, lead ? 'fault' : 'effect');
  if (step !== undefined) spread.pass({ node, effect: 'late', step, ...(told ? { told } : {}) });
  return step;
}
