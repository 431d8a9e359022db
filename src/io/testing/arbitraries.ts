import fc from 'fast-check';
import { CURRENT_VERSION, DELIVERIES, EDGE_KINDS, FAILURE_MODES, FORMAT, NODE_KINDS, TRANSFORMS, type FlowDocument, type FlowEdge, type FlowNode } from '../../model';

/** Text people really type: unicode, emoji, right-to-left, markup that must stay text. */
const text = (max: number) =>
  fc.oneof(
    fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' }),
    fc.constantFrom('Consumer B', '<script>alert(1)</script>', 'שירות הזמנות', 'Заказы 📦', '"quoted" & <b>bold</b>', 'a\nb'),
  );
const maybe = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const entities = fc.array(fc.constantFrom('order', 'user', 'invoice', 'späti', '注文'), { maxLength: 3 });

function nodeArb(id: string): fc.Arbitrary<FlowNode> {
  return fc
    .record({
      kind: fc.constantFrom(...NODE_KINDS),
      label: text(40),
      position: maybe(fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }) })),
      owner: maybe(text(20)),
      notes: maybe(text(80)),
      flag: maybe(fc.boolean()),
      flag2: maybe(fc.boolean()),
      transforms: maybe(fc.uniqueArray(fc.constantFrom(...TRANSFORMS))),
      delivery: maybe(fc.constantFrom(...DELIVERIES)),
      entities: maybe(entities),
      ttlSeconds: maybe(fc.integer({ min: 0, max: 86400 })),
    })
    .map(({ kind, label, position, owner, notes, flag, flag2, transforms, delivery, entities: held, ttlSeconds }) => {
      const base = { id, label, position, owner, notes };
      const facts: Record<string, unknown> = {
        actor: {},
        external: {},
        scheduler: { overlapGuard: flag },
        gateway: { transforms },
        service: { transforms, idempotent: flag, deadLetter: flag2 },
        queue: { delivery, deadLetter: flag, lagAlert: flag2 },
        store: { entities: held, sourceOfTruth: flag, reconciliation: flag2 },
        cache: { entities: held, ttlSeconds, reconciliation: flag },
      }[kind] as Record<string, unknown>;
      const node = { ...base, kind, ...facts };
      return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined)) as FlowNode;
    });
}

function edgeArb(id: string, nodeIds: readonly string[]): fc.Arbitrary<FlowEdge> {
  return fc
    .record({
      source: fc.constantFrom(...nodeIds),
      target: fc.constantFrom(...nodeIds),
      kind: fc.constantFrom(...EDGE_KINDS),
      label: maybe(text(30)),
      entities: maybe(entities),
      retries: maybe(fc.integer({ min: 0, max: 10 })),
      idempotencyKey: maybe(fc.boolean()),
      timeoutMs: maybe(fc.integer({ min: 1, max: 60000 })),
      schema: maybe(fc.constantFrom('order@1', 'order@2', 'user-v@2026.1')),
      mode: maybe(fc.constantFrom(...FAILURE_MODES)),
    })
    .map((edge) => {
      const full = { id, ...edge, mode: edge.kind === 'failure' ? edge.mode : undefined };
      return Object.fromEntries(Object.entries(full).filter(([, v]) => v !== undefined)) as FlowEdge;
    });
}

/** Valid v1 documents with every kind and field, for round-trip and robustness tests. */
export function arbitraryDocument(maxNodes = 12): fc.Arbitrary<FlowDocument> {
  return fc.integer({ min: 1, max: maxNodes }).chain((count) => {
    const ids = Array.from({ length: count }, (_, i) => `n${i}`);
    return fc.record({
      title: fc.string({ maxLength: 60, unit: 'grapheme' }),
      nodes: fc.tuple(...ids.map(nodeArb)),
      edges: fc.integer({ min: 0, max: count * 2 }).chain((edgeCount) => fc.tuple(...Array.from({ length: edgeCount }, (_, i) => edgeArb(`e${i}`, ids)))),
    }).map(({ title, nodes, edges }): FlowDocument => ({ format: FORMAT, version: CURRENT_VERSION, title, nodes, edges }));
  });
}
