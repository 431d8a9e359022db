import type { NodeOfKind } from '../model';
import type { Graph } from './graph';
import { describeEdge } from './text';
import type { Unknown } from './types';

/*
 * The questions the panel asks. Each returns the Unknown when the fact is unset (else nothing);
 * its fact exists on that node kind (the parameter types check it) or on every edge, and its
 * choices are valid values of the fact, so one click sets exactly that fact.
 */

const BOOLEAN = [true, false] as const;

type Unknowns = Unknown[];

const onNode = (node: { id: string }, fact: string, question: string, choices: Unknown['choices']): Unknowns => [
  { question, target: { type: 'node', id: node.id }, fact, choices },
];

export const askIdempotent = (n: NodeOfKind<'service'>): Unknowns =>
  n.idempotent === undefined ? onNode(n, 'idempotent', `Is ${n.label} idempotent?`, BOOLEAN) : [];

export const askDeadLetter = (n: NodeOfKind<'service' | 'queue'>): Unknowns =>
  n.deadLetter !== undefined ? [] :
    onNode(n, 'deadLetter', n.kind === 'queue' ? `Does ${n.label} have a dead-letter queue?` : `Does ${n.label} dead-letter what it fails to process?`, BOOLEAN);

export const askLagAlert = (n: NodeOfKind<'queue'>): Unknowns =>
  n.lagAlert === undefined ? onNode(n, 'lagAlert', `Does ${n.label} alert when its consumers fall behind?`, BOOLEAN) : [];

export const askDelivery = (n: NodeOfKind<'queue'>): Unknowns =>
  n.delivery === undefined
    ? onNode(n, 'delivery', `How does ${n.label} deliver messages?`, ['at-least-once', 'at-most-once', 'exactly-once'])
    : [];

export const askSourceOfTruth = (n: NodeOfKind<'store'>, what: string): Unknowns =>
  n.sourceOfTruth === undefined ? onNode(n, 'sourceOfTruth', `Is ${n.label} the source of truth for ${what}?`, BOOLEAN) : [];

export const askReconciliation = (n: NodeOfKind<'store' | 'cache'>, against: string): Unknowns =>
  n.reconciliation === undefined ? onNode(n, 'reconciliation', `Is ${n.label} reconciled against ${against}?`, BOOLEAN) : [];

export const askTtl = (n: NodeOfKind<'cache'>): Unknowns =>
  n.ttlSeconds === undefined ? onNode(n, 'ttlSeconds', `How long may ${n.label} keep an entry (seconds)?`, [60, 300, 3600, 86400]) : [];

export const askIsolation = (n: NodeOfKind<'service'>): Unknowns =>
  n.isolation === undefined ? onNode(n, 'isolation', `Can readers act on ${n.label}’s half-finished state before its compensations run?`, [false, true]) : [];

export const askOrderMatters = (n: NodeOfKind<'queue'>): Unknowns =>
  n.orderMatters === undefined ? onNode(n, 'orderMatters', `Do ${n.label}’s consumers need each key’s messages in order?`, BOOLEAN) : [];

export const askConflictResolution = (n: NodeOfKind<'store'>): Unknowns =>
  n.conflictResolution === undefined
    ? onNode(n, 'conflictResolution', `How are concurrent writes to one record in ${n.label} and its copies settled?`, ['version-check', 'merge', 'last-write-wins'])
    : [];

export const askOverlapGuard = (n: NodeOfKind<'scheduler'>): Unknowns =>
  n.overlapGuard === undefined ? onNode(n, 'overlapGuard', `Does ${n.label} guard against overlapping runs?`, BOOLEAN) : [];

const onEdge = (graph: Graph, e: number, fact: string, question: string, choices: Unknown['choices']): Unknowns => [
  { question, target: { type: 'edge', id: graph.edgeId[e]! }, fact, choices },
];

export const askIdempotencyKey = (graph: Graph, e: number): Unknowns =>
  graph.edges[e]!.idempotencyKey === undefined
    ? onEdge(graph, e, 'idempotencyKey', `Does ${describeEdge(graph, e)} carry an idempotency key?`, BOOLEAN)
    : [];

export const askTimeout = (graph: Graph, e: number): Unknowns =>
  graph.edges[e]!.timeoutMs === undefined
    ? onEdge(graph, e, 'timeoutMs', `What timeout does ${describeEdge(graph, e)} use (ms)?`, [1000, 5000, 30000])
    : [];

export const askToleratesLag = (graph: Graph, e: number): Unknowns =>
  graph.edges[e]!.toleratesLag === undefined
    ? onEdge(graph, e, 'toleratesLag', `Can ${describeEdge(graph, e)} be behind ${graph.nodeLabel[graph.target[e]!]}’s own recent writes?`, BOOLEAN)
    : [];

/** The same unknowns without repeats (same fact on the same target), first occurrence kept; short lists skip the map. */
export function distinctUnknowns(unknowns: readonly Unknown[]): Unknown[] {
  if (unknowns.length > 16) {
    const seen = new Map<string, Unknown>();
    for (const u of unknowns) {
      const key = `${u.target.type}:${u.target.id}:${u.fact}`;
      if (!seen.has(key)) seen.set(key, u);
    }
    return [...seen.values()];
  }
  const same = (a: Unknown, b: Unknown) => a.fact === b.fact && a.target.id === b.target.id && a.target.type === b.target.type;
  return unknowns.filter((u, i) => unknowns.findIndex((v) => same(u, v)) === i);
}
