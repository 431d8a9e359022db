import fc from 'fast-check';
import { CURRENT_VERSION, DELIVERIES, EDGE_KINDS, FAILURE_MODES, FORMAT, GROUP_KINDS, NODE_KINDS, TRANSFORMS, type FlowDocument, type FlowEdge, type FlowNode } from '../../model';

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

const point = fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }) });
const size = fc.record({ width: fc.integer({ min: 40, max: 2000 }), height: fc.integer({ min: 40, max: 2000 }) });
const when = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms).toISOString());
const strip = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** The v2 elements: boundaries (with members), notes, comments on anything (a stale finding too) and waivers. */
function extrasArb(nodeIds: readonly string[], edgeIds: readonly string[]) {
  const groupIds = ['g0', 'g1'];
  const target = fc.oneof(
    fc.constant({ type: 'diagram' as const }),
    fc.constantFrom(...nodeIds).map((id) => ({ type: 'node' as const, id })),
    fc.constantFrom(...groupIds).map((id) => ({ type: 'group' as const, id })),
    ...(edgeIds.length ? [fc.constantFrom(...edgeIds).map((id) => ({ type: 'edge' as const, id }))] : []),
    text(40).map((fingerprint) => ({ type: 'finding' as const, fingerprint })),
  );
  return fc.record({
    groups: fc.tuple(...groupIds.map((id) => fc.record({ label: text(40), kind: fc.constantFrom(...GROUP_KINDS), owner: maybe(text(20)), position: point, size }).map((g) => strip({ id, ...g })))),
    members: fc.array(fc.option(fc.constantFrom(...groupIds), { nil: undefined }), { minLength: nodeIds.length, maxLength: nodeIds.length }),
    notes: fc.array(fc.record({ text: text(80), position: point, size: maybe(size) }), { maxLength: 3 }),
    comments: fc.array(fc.record({ target, author: maybe(text(20)), text: text(80), createdAt: when, resolved: maybe(fc.boolean()), replies: maybe(fc.array(fc.record({ author: maybe(text(20)), text: text(40), createdAt: when }).map(strip), { maxLength: 2 })) }), { maxLength: 3 }),
    waivers: fc.uniqueArray(fc.record({ fingerprint: text(40), reason: text(60), author: maybe(text(20)), createdAt: when, expires: maybe(fc.constantFrom('2026-12-31', '2030-01-01')) }), { maxLength: 2, selector: (w) => w.fingerprint }),
  });
}

/** Valid v2 documents with every kind, field and element, for round-trip and robustness tests. */
export function arbitraryDocument(maxNodes = 12): fc.Arbitrary<FlowDocument> {
  return fc.integer({ min: 1, max: maxNodes }).chain((count) => {
    const ids = Array.from({ length: count }, (_, i) => `n${i}`);
    return fc.integer({ min: 0, max: count * 2 }).chain((edgeCount) => {
      const edgeIds = Array.from({ length: edgeCount }, (_, i) => `e${i}`);
      return fc.record({
        title: fc.string({ maxLength: 60, unit: 'grapheme' }),
        nodes: fc.tuple(...ids.map(nodeArb)),
        edges: fc.tuple(...edgeIds.map((id) => edgeArb(id, ids))),
        extras: maybe(extrasArb(ids, edgeIds)),
      }).map(({ title, nodes, edges, extras }): FlowDocument => {
        const doc: FlowDocument = { format: FORMAT, version: CURRENT_VERSION, title, nodes, edges };
        if (!extras) return doc;
        return {
          ...doc,
          nodes: nodes.map((node, i) => (extras.members[i] ? { ...node, group: extras.members[i] } : node)),
          groups: extras.groups,
          notes: extras.notes.map((note, i) => strip({ id: `note${i}`, ...note })),
          comments: extras.comments.map((comment, i) => strip({ id: `c${i}`, ...comment })),
          waivers: extras.waivers.map(strip),
        };
      });
    });
  });
}
