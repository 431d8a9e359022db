import fc from 'fast-check';
import { CURRENT_VERSION, DELIVERIES, EDGE_KINDS, FAILURE_MODES, FlowDocument, NODE_KINDS, TRANSFORMS, type EdgeKind, type FlowEdge, type NodeKind } from '../model';
import { buildGraph } from './graph';
import { deriveContext, type Context } from './derived';
import type { Rule } from './rules/rule';
import type { Finding, Unknown } from './types';

type Facts = Record<string, unknown>;
type NodeSpec = NodeKind | [NodeKind, Facts];
/** "source kind target", optionally with edge fields: ['api request svc', { retries: 3 }]. */
type EdgeSpec = string | [string, Partial<FlowEdge>];

/**
 * A small diagram for a test: nodes by id (label = id), edges as "source kind target" lines,
 * numbered e1, e2, … in order, and team boundaries by id (nodes join one with `group`). The result is
 * parsed, so a test can only build a valid document.
 */
export function diagram(nodes: Record<string, NodeSpec>, edges: readonly EdgeSpec[] = [], groups: Record<string, { owner?: string }> = {}): FlowDocument {
  const doc = FlowDocument.parse({
    format: 'flowmap',
    version: CURRENT_VERSION,
    title: 'test',
    nodes: Object.entries(nodes).map(([id, spec]) => {
      const [kind, facts] = typeof spec === 'string' ? [spec, {}] : spec;
      return { id, kind, label: id, ...facts };
    }),
    edges: edges.map((spec, i) => {
      const [line, fields] = typeof spec === 'string' ? [spec, {}] : spec;
      const [source, kind, target] = line.split(' ') as [string, EdgeKind, string];
      return { id: `e${i + 1}`, source, target, kind, ...fields };
    }),
    ...(Object.keys(groups).length > 0 ? {
      groups: Object.entries(groups).map(([id, facts]) => ({ id, label: id, kind: 'team', position: { x: 0, y: 0 }, size: { width: 100, height: 100 }, ...facts })),
    } : {}),
  });
  // The noise measure (scripts/noise) collects every test diagram through this list when it sets one.
  (globalThis as { flowmapDiagrams?: FlowDocument[] }).flowmapDiagrams?.push(doc);
  return doc;
}

export const contextOf = (doc: FlowDocument): Context => deriveContext(buildGraph(doc));

export const check = (rule: Rule, doc: FlowDocument): Finding[] => rule.check(contextOf(doc));

/** The same document with one node's or edge's facts changed. */
export function withFacts(doc: FlowDocument, id: string, facts: Facts): FlowDocument {
  const next = structuredClone(doc);
  const item = next.nodes.find((n) => n.id === id) ?? next.edges.find((e) => e.id === id);
  if (!item) throw new Error(`no node or edge "${id}"`);
  Object.assign(item, facts);
  return FlowDocument.parse(next);
}

/** The document with an Unknown answered, as the panel would: exactly that fact on that node or edge. */
export function answer(doc: FlowDocument, unknown: Unknown, value: Unknown['choices'][number]): FlowDocument {
  const next = structuredClone(doc);
  const list: { id: string }[] = unknown.target.type === 'node' ? next.nodes : next.edges;
  const item = list.find((x) => x.id === unknown.target.id);
  if (!item) throw new Error(`no ${unknown.target.type} "${unknown.target.id}"`);
  Object.assign(item, { [unknown.fact]: value });
  return FlowDocument.parse(next);
}

const bool = fc.boolean();
const entities = fc.uniqueArray(fc.constantFrom('order', 'user', 'invoice'), { maxLength: 3 });
const optional = <T extends Record<string, fc.Arbitrary<unknown>>>(facts: T) => fc.record(facts, { requiredKeys: [] });

const NODE_FACTS: Record<NodeKind, fc.Arbitrary<object>> = {
  actor: fc.constant({}),
  external: fc.constant({}),
  scheduler: optional({ overlapGuard: bool }),
  gateway: optional({ transforms: fc.subarray([...TRANSFORMS]) }),
  service: optional({ transforms: fc.subarray([...TRANSFORMS]), idempotent: bool, deadLetter: bool }),
  queue: optional({ delivery: fc.constantFrom(...DELIVERIES), deadLetter: bool, lagAlert: bool }),
  store: optional({ entities, sourceOfTruth: bool, reconciliation: bool }),
  cache: optional({ entities, ttlSeconds: fc.nat(3600), reconciliation: bool }),
};

const EDGE_FACTS = optional({
  entities,
  retries: fc.nat(5),
  idempotencyKey: bool,
  timeoutMs: fc.integer({ min: 1, max: 5000 }),
  schema: fc.constantFrom('Order@1', 'Order@2', 'User@1'),
  mode: fc.constantFrom(...FAILURE_MODES),
});

/** Any valid document up to 24 nodes: every kind and fact, cycles, self-loops and arrows to missing nodes. */
export const anyDocument: fc.Arbitrary<FlowDocument> = fc.integer({ min: 0, max: 24 }).chain((n) =>
  fc.tuple(
    fc.array(fc.constantFrom(...NODE_KINDS).chain((kind) => NODE_FACTS[kind].map((facts) => ({ kind, ...facts }))), { minLength: n, maxLength: n }),
    fc.array(fc.tuple(fc.nat(n), fc.nat(n), fc.constantFrom(...EDGE_KINDS), EDGE_FACTS), { maxLength: 3 * n + 2 }),
  ).map(([nodes, edges]) => FlowDocument.parse({
    format: 'flowmap',
    version: 2,
    title: 'generated',
    nodes: nodes.map((node, i) => ({ id: `n${i}`, label: `Node ${i}`, ...node })),
    edges: edges.map(([s, t, kind, { mode, ...facts }], i) => ({
      id: `e${i}`, source: `n${s}`, target: s === n ? 'ghost' : `n${t}`, kind, ...facts, ...(kind === 'failure' && mode ? { mode } : {}),
    })),
  })),
);
