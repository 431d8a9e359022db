import type { FlowDocument } from '../../model';

/** Removes the given nodes and edges, and every edge attached to a removed node. */
export function deleteElements(doc: FlowDocument, ids: readonly string[]): FlowDocument {
  const gone = new Set(ids);
  const nodes = doc.nodes.filter((n) => !gone.has(n.id));
  if (nodes.length === doc.nodes.length && !doc.edges.some((e) => gone.has(e.id))) return doc;
  const edges = doc.edges.filter((e) => !gone.has(e.id) && !gone.has(e.source) && !gone.has(e.target));
  return { ...doc, nodes, edges };
}
