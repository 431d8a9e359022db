import { z } from 'zod';

// No runtime code generation: the app runs under a CSP without 'unsafe-eval'.
z.config({ jitless: true });

export const FORMAT = 'flowmap';
export const CURRENT_VERSION = 1;

/** Refuse graphs past these sizes instead of freezing the tab. */
export const LIMITS = { nodes: 20_000, edges: 60_000, textLength: 2_000 } as const;

export const NODE_KINDS = ['actor', 'external', 'scheduler', 'gateway', 'service', 'queue', 'store', 'cache'] as const;
export const EDGE_KINDS = ['request', 'publish', 'consume', 'write', 'read', 'cdc', 'replicate', 'failure'] as const;
export const TRANSFORMS = ['validate', 'enrich', 'aggregate', 'filter', 'map'] as const;
export const DELIVERIES = ['at-most-once', 'at-least-once', 'exactly-once'] as const;
export const FAILURE_MODES = ['retry', 'dead-letter', 'fallback', 'alert'] as const;

export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected 1–64 of A-Z a-z 0-9 _ -');
const Position = z.strictObject({ x: z.number().finite(), y: z.number().finite() });
const Entities = z.array(z.string().min(1).max(120)).max(200);
const Transforms = z.array(z.enum(TRANSFORMS)).max(TRANSFORMS.length);

const nodeBase = {
  id: Id,
  label: z.string().min(1).max(120),
  position: Position.optional(),
  owner: z.string().max(120).optional(),
  notes: z.string().max(LIMITS.textLength).optional(),
};

export const ActorNode = z.strictObject({ ...nodeBase, kind: z.literal('actor') });
export const ExternalNode = z.strictObject({ ...nodeBase, kind: z.literal('external') });
export const SchedulerNode = z.strictObject({ ...nodeBase, kind: z.literal('scheduler'), overlapGuard: z.boolean().optional() });
export const GatewayNode = z.strictObject({ ...nodeBase, kind: z.literal('gateway'), transforms: Transforms.optional() });
export const ServiceNode = z.strictObject({
  ...nodeBase,
  kind: z.literal('service'),
  transforms: Transforms.optional(),
  idempotent: z.boolean().optional(),
  deadLetter: z.boolean().optional(),
});
export const QueueNode = z.strictObject({
  ...nodeBase,
  kind: z.literal('queue'),
  delivery: z.enum(DELIVERIES).optional(),
  deadLetter: z.boolean().optional(),
  lagAlert: z.boolean().optional(),
});
export const StoreNode = z.strictObject({
  ...nodeBase,
  kind: z.literal('store'),
  entities: Entities.optional(),
  sourceOfTruth: z.boolean().optional(),
  reconciliation: z.boolean().optional(),
});
export const CacheNode = z.strictObject({
  ...nodeBase,
  kind: z.literal('cache'),
  entities: Entities.optional(),
  ttlSeconds: z.number().finite().nonnegative().optional(),
  reconciliation: z.boolean().optional(),
});

export const FlowNode = z.discriminatedUnion('kind', [
  ActorNode, ExternalNode, SchedulerNode, GatewayNode, ServiceNode, QueueNode, StoreNode, CacheNode,
]);

export const FlowEdge = z
  .strictObject({
    id: Id,
    source: Id,
    target: Id,
    kind: z.enum(EDGE_KINDS),
    label: z.string().max(120).optional(),
    entities: Entities.optional(),
    retries: z.number().int().nonnegative().max(1000).optional(),
    idempotencyKey: z.boolean().optional(),
    timeoutMs: z.number().finite().positive().optional(),
    schema: z.string().regex(/^[^@\s]{1,100}@[^@\s]{1,40}$/, 'expected "name@version"').optional(),
    mode: z.enum(FAILURE_MODES).optional(),
  })
  .refine((e) => e.mode === undefined || e.kind === 'failure', {
    path: ['mode'],
    message: 'only allowed on an edge of kind "failure"',
  });

export const FlowDocument = z
  .strictObject({
    format: z.literal(FORMAT),
    version: z.literal(CURRENT_VERSION),
    title: z.string().max(200),
    nodes: z.array(FlowNode).max(LIMITS.nodes),
    edges: z.array(FlowEdge).max(LIMITS.edges),
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    doc.nodes.forEach((n, i) => {
      if (seen.has(n.id)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `duplicate node id "${n.id}"` });
      seen.add(n.id);
    });
    const seenEdges = new Set<string>();
    doc.edges.forEach((e, i) => {
      if (seenEdges.has(e.id)) ctx.addIssue({ code: 'custom', path: ['edges', i, 'id'], message: `duplicate edge id "${e.id}"` });
      seenEdges.add(e.id);
    });
  });

export type NodeKind = (typeof NODE_KINDS)[number];
export type EdgeKind = (typeof EDGE_KINDS)[number];
export type Transform = (typeof TRANSFORMS)[number];
export type Delivery = (typeof DELIVERIES)[number];
export type FailureMode = (typeof FAILURE_MODES)[number];
export type FlowNode = z.infer<typeof FlowNode>;
export type FlowEdge = z.infer<typeof FlowEdge>;
export type FlowDocument = z.infer<typeof FlowDocument>;
export type NodeOfKind<K extends NodeKind> = Extract<FlowNode, { kind: K }>;
