import { CURRENT_VERSION, FORMAT, type EdgeKind, type FlowDocument, type FlowEdge, type FlowNode, type NodeKind } from '../src/model';
import { defaultEdgeKind } from '../src/store/edits/connect';

/** mulberry32: a small, fast, seeded PRNG, so every run measures the same diagrams. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** A fact that is known about half the time. */
  const maybe = <T>(value: () => T): T | undefined => (next() < 0.5 ? value() : undefined);
  return { next, pick, maybe };
}

const NAMES = ['Orders', 'Billing', 'Search', 'Users', 'Payments', 'Catalog', 'Shipping', 'Ledger', 'Audit', 'Pricing'];
const ENTITIES = ['order', 'invoice', 'user', 'payment', 'product', 'shipment'];
/** The middle layers: mostly services, then queues, stores and caches, as real maps are. */
const MIDDLE: readonly NodeKind[] = ['service', 'service', 'service', 'service', 'queue', 'queue', 'store', 'store', 'cache', 'gateway'];
const ORIGINS: readonly NodeKind[] = ['actor', 'external', 'scheduler', 'actor'];
const LAYER_WIDTH = 8;

const clean = <T extends object>(item: T): T => Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as T;

/**
 * A realistic diagram of `n` nodes, deterministic from `seed`: origins (actors, externals, jobs) on
 * the left, layers of gateways, services, queues with fan-out, stores and caches to the right, about
 * 1.5 arrows per node with kinds that fit their ends, facts about half known, positions on a grid.
 */
export function generateDiagram(n: number, seed: number): FlowDocument {
  const r = random(seed);
  const nodes: FlowNode[] = [];
  for (let i = 0; i < n; i++) {
    const layer = Math.floor(i / LAYER_WIDTH);
    const kind: NodeKind = layer === 0 ? ORIGINS[i % ORIGINS.length]! : r.pick(MIDDLE);
    const name = `${r.pick(NAMES)} ${kind} ${i}`;
    const base = { id: `n${i}`, label: name, owner: r.maybe(() => r.pick(NAMES).toLowerCase()), position: { x: layer * 240, y: (i % LAYER_WIDTH) * 120 } };
    const facts: Record<NodeKind, object> = {
      actor: {},
      external: {},
      scheduler: { overlapGuard: r.maybe(() => r.next() < 0.5) },
      gateway: { transforms: r.maybe(() => ['validate' as const]) },
      service: { transforms: r.maybe(() => [r.pick(['validate', 'enrich', 'map', 'filter', 'aggregate'] as const)]), idempotent: r.maybe(() => r.next() < 0.6), deadLetter: r.maybe(() => r.next() < 0.5) },
      queue: { delivery: r.maybe(() => r.pick(['at-least-once', 'exactly-once', 'at-most-once'] as const)), deadLetter: r.maybe(() => r.next() < 0.5), lagAlert: r.maybe(() => r.next() < 0.5) },
      store: { entities: r.maybe(() => [r.pick(ENTITIES)]), sourceOfTruth: r.maybe(() => r.next() < 0.5), reconciliation: r.maybe(() => r.next() < 0.3) },
      cache: { entities: r.maybe(() => [r.pick(ENTITIES)]), ttlSeconds: r.maybe(() => 60 * Math.ceil(r.next() * 60)), reconciliation: r.maybe(() => r.next() < 0.3) },
    };
    nodes.push(clean({ ...base, kind, ...facts[kind] }) as FlowNode);
  }
  const edges: FlowEdge[] = [];
  const target = Math.round(n * 1.5);
  for (let i = LAYER_WIDTH; i < n && edges.length < target; i++) {
    const to = nodes[i]!;
    const links = to.kind === 'queue' ? 1 : 1 + Math.floor(r.next() * 2.5);
    for (let k = 0; k < links; k++) {
      const layer = Math.floor(i / LAYER_WIDTH);
      const from = nodes[Math.max(0, (layer - 1 - Math.floor(r.next() * 2)) * LAYER_WIDTH) + Math.floor(r.next() * LAYER_WIDTH)];
      if (!from || from.id === to.id) continue;
      const kind: EdgeKind = r.next() < 0.02 ? 'failure' : defaultEdgeKind(from.kind, to.kind);
      edges.push(
        clean({
          id: `e${edges.length}`,
          source: from.id,
          target: to.id,
          kind,
          mode: kind === 'failure' ? ('dead-letter' as const) : undefined,
          entities: r.maybe(() => [r.pick(ENTITIES)]),
          retries: kind === 'request' ? r.maybe(() => Math.floor(r.next() * 4)) : undefined,
          timeoutMs: kind === 'request' ? r.maybe(() => 1000 * Math.ceil(r.next() * 10)) : undefined,
          schema: kind === 'publish' || kind === 'consume' ? r.maybe(() => `${r.pick(ENTITIES)}@${1 + Math.floor(r.next() * 2)}`) : undefined,
        }),
      );
    }
  }
  return { format: FORMAT, version: CURRENT_VERSION, title: `Generated diagram of ${n} nodes`, nodes, edges };
}
