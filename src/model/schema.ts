import { z } from 'zod';

// No runtime code generation: the app runs under a CSP without 'unsafe-eval'.
z.config({ jitless: true });

export const FORMAT = 'flowmap';
export const CURRENT_VERSION = 2;

/** Refuse documents past these sizes instead of freezing the tab; every limit is checked wherever a document comes in. */
export const LIMITS = {
  nodes: 20_000,
  edges: 60_000,
  groups: 1_000,
  notes: 2_000,
  comments: 5_000,
  replies: 200,
  waivers: 5_000,
  textLength: 2_000,
  commentLength: 4_000,
  reasonLength: 1_000,
  authorLength: 80,
  /** Coordinates beyond this are a mistake (a paste far off screen), and past it sums overflow to Infinity. */
  coordinate: 10_000_000,
} as const;

export const NODE_KINDS = ['actor', 'external', 'scheduler', 'gateway', 'service', 'queue', 'store', 'cache'] as const;
export const EDGE_KINDS = ['request', 'publish', 'consume', 'write', 'read', 'cdc', 'replicate', 'failure'] as const;
export const TRANSFORMS = ['validate', 'enrich', 'aggregate', 'filter', 'map'] as const;
export const DELIVERIES = ['at-most-once', 'at-least-once', 'exactly-once'] as const;
export const FAILURE_MODES = ['retry', 'dead-letter', 'fallback', 'alert', 'compensate'] as const;
export const CONFLICT_RESOLUTIONS = ['last-write-wins', 'version-check', 'merge'] as const;
export const GROUP_KINDS = ['team', 'trust', 'network', 'region', 'system'] as const;

export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected 1–64 of A-Z a-z 0-9 _ -');
const Coordinate = z.number().finite().min(-LIMITS.coordinate).max(LIMITS.coordinate);
const Position = z.strictObject({ x: Coordinate, y: Coordinate });
const Size = z.strictObject({ width: z.number().finite().positive().max(LIMITS.coordinate), height: z.number().finite().positive().max(LIMITS.coordinate) });
const Author = z.string().max(LIMITS.authorLength);
const Timestamp = z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date and time' });
const Entities = z.array(z.string().min(1).max(120)).max(200);
const Transforms = z.array(z.enum(TRANSFORMS)).max(TRANSFORMS.length);

const nodeBase = {
  id: Id,
  label: z.string().min(1).max(120),
  position: Position.optional(),
  owner: z.string().max(120).optional(),
  notes: z.string().max(LIMITS.textLength).optional(),
  /** The boundary (group) the node sits in. */
  group: Id.optional(),
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
  /** A saga step: readers cannot act on its half-finished intermediate state. */
  isolation: z.boolean().optional(),
});
export const QueueNode = z.strictObject({
  ...nodeBase,
  kind: z.literal('queue'),
  delivery: z.enum(DELIVERIES).optional(),
  deadLetter: z.boolean().optional(),
  lagAlert: z.boolean().optional(),
  orderMatters: z.boolean().optional(),
});
export const StoreNode = z.strictObject({
  ...nodeBase,
  kind: z.literal('store'),
  entities: Entities.optional(),
  sourceOfTruth: z.boolean().optional(),
  reconciliation: z.boolean().optional(),
  conflictResolution: z.enum(CONFLICT_RESOLUTIONS).optional(),
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
    /** The arrow carries only a key or a query, none of the data itself. */
    keyOnly: z.boolean().optional(),
    /** A read that polls an outbox or change log and passes each committed change on. */
    relay: z.boolean().optional(),
    /** A reader that can be behind its own recent writes on this read. */
    toleratesLag: z.boolean().optional(),
    /** A consumer that handles messages of one key concurrently. */
    parallel: z.boolean().optional(),
  })
  .superRefine((e, ctx) => {
    const only = (fact: 'mode' | 'relay' | 'toleratesLag' | 'parallel', kind: EdgeKind) => {
      if (e[fact] !== undefined && e.kind !== kind) ctx.addIssue({ code: 'custom', path: [fact], message: `only allowed on an edge of kind "${kind}"` });
    };
    only('mode', 'failure');
    only('relay', 'read');
    only('toleratesLag', 'read');
    only('parallel', 'consume');
  });

/** A boundary box drawn behind nodes: a team, a trust zone, a network, a region or a system. */
export const FlowGroup = z.strictObject({
  id: Id,
  label: z.string().min(1).max(120),
  kind: z.enum(GROUP_KINDS),
  /** The owner of every node inside that names none. */
  owner: z.string().max(120).optional(),
  position: Position,
  size: Size,
  notes: z.string().max(LIMITS.textLength).optional(),
});

/** Free text on the canvas; not part of the data flow. */
export const FlowNote = z.strictObject({
  id: Id,
  text: z.string().min(1).max(LIMITS.textLength),
  position: Position,
  size: Size.optional(),
});

export const CommentTarget = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('diagram') }),
  z.strictObject({ type: z.literal('node'), id: Id }),
  z.strictObject({ type: z.literal('edge'), id: Id }),
  z.strictObject({ type: z.literal('group'), id: Id }),
  z.strictObject({ type: z.literal('finding'), fingerprint: z.string().min(1).max(LIMITS.textLength) }),
]);

const CommentText = z.string().min(1).max(LIMITS.commentLength);

export const CommentReply = z.strictObject({ author: Author.optional(), text: CommentText, createdAt: Timestamp });

export const FlowComment = z.strictObject({
  id: Id,
  target: CommentTarget,
  author: Author.optional(),
  text: CommentText,
  createdAt: Timestamp,
  resolved: z.boolean().optional(),
  replies: z.array(CommentReply).max(LIMITS.replies).optional(),
});

/** A finding the team has accepted, keyed by its fingerprint, with the reason. */
export const FlowWaiver = z.strictObject({
  fingerprint: z.string().min(1).max(LIMITS.textLength),
  reason: z.string().min(1).max(LIMITS.reasonLength),
  author: Author.optional(),
  createdAt: Timestamp,
  expires: z.iso.date({ message: 'expected an ISO date (YYYY-MM-DD)' }).optional(),
});

type DocumentShape = {
  nodes: readonly { id: string; group?: string }[];
  edges: readonly { id: string }[];
  groups?: readonly { id: string }[];
  notes?: readonly { id: string }[];
  comments?: readonly z.infer<typeof FlowComment>[];
  waivers?: readonly { fingerprint: string }[];
};

/** Ids are unique across nodes, edges, groups and notes; what refers to an id names one that exists. */
export function checkReferences(doc: DocumentShape, ctx: Pick<z.core.$RefinementCtx, 'addIssue'>) {
  const owners = new Map<string, string>();
  const collections = [['nodes', 'node'], ['edges', 'edge'], ['groups', 'group'], ['notes', 'note']] as const;
  for (const [key, what] of collections) {
    doc[key]?.forEach((item, i) => {
      const earlier = owners.get(item.id);
      if (earlier) ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: earlier === what ? `duplicate ${what} id "${item.id}"` : `id "${item.id}" is already used by ${earlier === 'edge' ? 'an' : 'a'} ${earlier}` });
      else owners.set(item.id, what);
    });
  }
  doc.nodes.forEach((node, i) => {
    if (node.group !== undefined && owners.get(node.group) !== 'group') ctx.addIssue({ code: 'custom', path: ['nodes', i, 'group'], message: `no group with id "${node.group}"` });
  });
  const commentIds = new Set<string>();
  doc.comments?.forEach((comment, i) => {
    if (commentIds.has(comment.id)) ctx.addIssue({ code: 'custom', path: ['comments', i, 'id'], message: `duplicate comment id "${comment.id}"` });
    commentIds.add(comment.id);
    const { target } = comment;
    if ((target.type === 'node' || target.type === 'edge' || target.type === 'group') && owners.get(target.id) !== target.type) {
      ctx.addIssue({ code: 'custom', path: ['comments', i, 'target', 'id'], message: `no ${target.type} with id "${target.id}"` });
    }
  });
  const waived = new Set<string>();
  doc.waivers?.forEach((waiver, i) => {
    if (waived.has(waiver.fingerprint)) ctx.addIssue({ code: 'custom', path: ['waivers', i, 'fingerprint'], message: 'this finding is already waived' });
    waived.add(waiver.fingerprint);
  });
}

export const FlowDocument = z
  .strictObject({
    format: z.literal(FORMAT),
    version: z.literal(CURRENT_VERSION),
    title: z.string().max(200),
    nodes: z.array(FlowNode).max(LIMITS.nodes),
    edges: z.array(FlowEdge).max(LIMITS.edges),
    groups: z.array(FlowGroup).max(LIMITS.groups).optional(),
    notes: z.array(FlowNote).max(LIMITS.notes).optional(),
    comments: z.array(FlowComment).max(LIMITS.comments).optional(),
    waivers: z.array(FlowWaiver).max(LIMITS.waivers).optional(),
  })
  .superRefine(checkReferences);

export type NodeKind = (typeof NODE_KINDS)[number];
export type EdgeKind = (typeof EDGE_KINDS)[number];
export type Transform = (typeof TRANSFORMS)[number];
export type Delivery = (typeof DELIVERIES)[number];
export type FailureMode = (typeof FAILURE_MODES)[number];
export type ConflictResolution = (typeof CONFLICT_RESOLUTIONS)[number];
export type GroupKind = (typeof GROUP_KINDS)[number];
export type FlowGroup = z.infer<typeof FlowGroup>;
export type FlowNote = z.infer<typeof FlowNote>;
export type CommentTarget = z.infer<typeof CommentTarget>;
export type FlowComment = z.infer<typeof FlowComment>;
export type FlowWaiver = z.infer<typeof FlowWaiver>;
export type FlowNode = z.infer<typeof FlowNode>;
export type FlowEdge = z.infer<typeof FlowEdge>;
export type FlowDocument = z.infer<typeof FlowDocument>;
export type NodeOfKind<K extends NodeKind> = Extract<FlowNode, { kind: K }>;
