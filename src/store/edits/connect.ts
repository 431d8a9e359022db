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

/** Draws an arrow from `source` to `target`; refuses self-loops and unknown ends (returns the same document). */
export function connect(doc: FlowDocument, source: string, target: string, kind?: EdgeKind): { doc: FlowDocument; id?: string } {
  const from = doc.nodes.find((n) => n.id === source);
  const to = doc.nodes.find((n) => n.id === target);
  if (!from || !to || source === target) return { doc };
  const id = freshId('e', idsOf(doc));
  const edge = { id, source, target, kind: kind ?? defaultEdgeKind(from.kind, to.kind) };
  return { doc: { ...doc, edges: [...doc.edges, edge] }, id };
}
