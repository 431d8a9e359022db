import type { EdgeKind, FlowDocument, NodeKind } from '../../model';
import { freshId, idsOf } from './ids';

const STORAGE: ReadonlySet<NodeKind> = new Set(['store', 'cache']);

/** The arrow kind a person most likely means, from the kinds at its two ends. */
export function defaultEdgeKind(source: NodeKind, target: NodeKind): EdgeKind {
  if (target === 'queue') return STORAGE.has(source) ? 'cdc' : 'publish';
  if (source === 'queue') return 'consume';
  if (STORAGE.has(source) && STORAGE.has(target)) return 'replicate';
  if (STORAGE.has(target)) return 'write';
  if (STORAGE.has(source)) return 'read';
  return 'request';
}

/** The arrow of `kind` from `source` to `target` other than `except`, if the document has one: a second would say nothing new. */
export const sameArrow = (doc: FlowDocument, source: string, target: string, kind: EdgeKind, except?: string) =>
  doc.edges.find((e) => e.id !== except && e.source === source && e.target === target && e.kind === kind);

/**
 * Draws an arrow from `source` to `target`. Refuses self-loops, unknown ends and a second arrow of the same kind
 * and direction between the same two nodes: the document comes back unchanged, with `refused` saying why when a
 * person should be told.
 */
export function connect(doc: FlowDocument, source: string, target: string, kind?: EdgeKind): { doc: FlowDocument; id?: string; refused?: string } {
  const from = doc.nodes.find((n) => n.id === source);
  const to = doc.nodes.find((n) => n.id === target);
  if (!from || !to || source === target) return { doc };
  const chosen = kind ?? defaultEdgeKind(from.kind, to.kind);
  if (sameArrow(doc, source, target, chosen)) return { doc, refused: `Not drawn: there is already a ${chosen} arrow from ${from.label} to ${to.label}.` };
  const id = freshId('e', idsOf(doc));
  const edge = { id, source, target, kind: chosen };
  return { doc: { ...doc, edges: [...doc.edges, edge] }, id };
}
