import type { z } from 'zod';
import { FlowEdge, FlowNode, NODE_KINDS, type NodeKind } from './schema';

/*
 * The one table of what each kind is and what each fact means. The facts themselves come from the
 * zod schema (the format is the single source); this table adds the words and colours people see.
 */

export interface KindSpec {
  label: string;
  /** What the palette says the kind is for. */
  hint: string;
  /** The kind's hue: node outlines, palette icons, minimap, and the exported PNG/SVG. */
  colour: string;
}

export const KIND_SPEC: Readonly<Record<NodeKind, KindSpec>> = {
  actor: { label: 'Actor', hint: 'a person or client: data born from user input', colour: '#0284c7' },
  external: { label: 'External API', hint: 'a third-party system or API', colour: '#7c3aed' },
  scheduler: { label: 'Scheduled job', hint: 'a scheduled job', colour: '#0d9488' },
  gateway: { label: 'Gateway', hint: 'API gateway, proxy or load balancer', colour: '#4f46e5' },
  service: { label: 'Service', hint: 'a process that handles or changes data', colour: '#475569' },
  queue: { label: 'Queue / topic', hint: 'a topic, queue or stream', colour: '#d97706' },
  store: { label: 'Store', hint: 'a database, index or warehouse', colour: '#16a34a' },
  cache: { label: 'Cache', hint: 'a cache in front of a store', colour: '#db2777' },
};

export const KIND_LABELS: Readonly<Record<NodeKind, string>> = Object.fromEntries(NODE_KINDS.map((kind) => [kind, KIND_SPEC[kind].label])) as Record<NodeKind, string>;

/** How a fact is edited, read from its zod type. */
export type FactInput =
  | { type: 'yes-no' }
  | { type: 'choice'; choices: readonly string[] }
  | { type: 'set'; choices: readonly string[] }
  | { type: 'list' }
  | { type: 'number' }
  | { type: 'text' };

type ZodDef = { type: string; innerType?: z.ZodType; element?: z.ZodType; entries?: Record<string, string> };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;

function inputOf(schema: z.ZodType): FactInput {
  let def = defOf(schema);
  while (def.type === 'optional' && def.innerType) def = defOf(def.innerType);
  if (def.type === 'boolean') return { type: 'yes-no' };
  if (def.type === 'number') return { type: 'number' };
  if (def.type === 'enum') return { type: 'choice', choices: Object.values(def.entries!) };
  if (def.type === 'array') {
    const element = defOf(def.element!);
    return element.type === 'enum' ? { type: 'set', choices: Object.values(element.entries!) } : { type: 'list' };
  }
  return { type: 'text' };
}

/** Fields every node has; what is left of a kind's shape are its facts. */
const NODE_BASE = new Set(['id', 'kind', 'label', 'position', 'owner', 'notes', 'group']);
/** Fields of an arrow that are its identity or drawing, not facts the review reads. */
const EDGE_BASE = new Set(['id', 'source', 'target', 'kind', 'label']);

type Shape = Record<string, z.ZodType>;
const shapeOf = (schema: unknown) => (schema as { shape: Shape }).shape;
const factsOf = (shape: Shape, base: ReadonlySet<string>) => Object.keys(shape).filter((key) => !base.has(key));

/** The optional facts each node kind may carry, in the order an inspector shows them (the schema's order). */
export const FACTS_BY_KIND: Readonly<Record<NodeKind, readonly string[]>> = Object.fromEntries(
  FlowNode.options.map((option) => [option.shape.kind.value, factsOf(option.shape, NODE_BASE)]),
) as unknown as Record<NodeKind, readonly string[]>;

/** The facts an arrow may carry, in the schema's order. */
export const EDGE_FACTS: readonly string[] = factsOf(shapeOf(FlowEdge), EDGE_BASE);

const inputs = new Map<string, FactInput>([
  ...FlowNode.options.flatMap((option) => Object.entries(shapeOf(option)).map(([key, schema]) => [key, inputOf(schema)] as const)),
  ...Object.entries(shapeOf(FlowEdge)).map(([key, schema]) => [key, inputOf(schema)] as const),
]);

/** How the fact is edited (node and arrow facts of one name share one type). */
export const factInput = (fact: string): FactInput => inputs.get(fact) ?? { type: 'text' };

export interface FactText {
  label: string;
  /** What the fact means for the review, shown beside its field. */
  hint: string;
}

/** The words for every fact of the format; a test checks that each fact the schema has is here. */
export const FACT_TEXT: Readonly<Record<string, FactText>> = {
  overlapGuard: { label: 'Overlap guard', hint: 'A run cannot start while the last one is still going.' },
  transforms: { label: 'Transforms', hint: 'How this step changes the data on its way through.' },
  idempotent: { label: 'Idempotent', hint: 'Safe to run twice with the same input: retries and at-least-once delivery need this.' },
  deadLetter: { label: 'Dead-letter queue', hint: 'Messages that keep failing are parked somewhere visible instead of lost.' },
  delivery: { label: 'Delivery', hint: 'At-least-once means consumers will see duplicates.' },
  lagAlert: { label: 'Lag alert', hint: 'Someone is told when consumers fall behind.' },
  entities: { label: 'Entities', hint: 'The kinds of record held here, comma-separated (e.g. order, user).' },
  sourceOfTruth: { label: 'Source of truth', hint: 'When copies disagree, this one is right.' },
  reconciliation: { label: 'Reconciliation', hint: 'A job compares this copy with its source and repairs drift.' },
  ttlSeconds: { label: 'TTL (seconds)', hint: 'Entries expire after this long, which bounds staleness.' },
  retries: { label: 'Retries', hint: 'How many times the caller tries again after a failure.' },
  idempotencyKey: { label: 'Idempotency key', hint: 'The call carries a key so the receiver can drop repeats.' },
  timeoutMs: { label: 'Timeout (ms)', hint: 'How long the caller waits before giving up.' },
  schema: { label: 'Schema', hint: 'The contract this arrow carries, as name@version.' },
  mode: { label: 'Failure mode', hint: 'What this failure path does: retry, dead-letter, fallback, alert, or compensate (undo a step that already succeeded).' },
  isolation: { label: 'Saga isolation', hint: 'Readers cannot act on a half-finished step’s intermediate state (pending states, semantic locks).' },
  orderMatters: { label: 'Order matters', hint: 'Consumers need each key’s messages in the order they were published.' },
  conflictResolution: { label: 'Conflict resolution', hint: 'How two concurrent writes to one record in two copies are settled; last-write-wins silently drops one.' },
  keyOnly: { label: 'Key only', hint: 'The arrow carries only a key or a query (a lookup by id), none of the data itself.' },
  relay: { label: 'Outbox relay', hint: 'This read polls an outbox or change log and passes each committed change on, like change data capture.' },
  toleratesLag: { label: 'Lag is fine', hint: 'The reader does not need its own recent writes in this read, so a replica or cache behind the store will do.' },
  parallel: { label: 'Parallel', hint: 'The consumer handles messages of one key concurrently (several workers, no per-key partitioning), so their order is not kept.' },
};
