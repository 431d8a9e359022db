import type { FlowDocument } from '../../model';
import { defaultEdgeKind, sameArrow } from './connect';

/**
 * Moves an arrow's ends. A kind that was only the default for the old ends follows the new ones
 * (moving a publish arrow from a topic onto a store makes it a write); a kind someone chose stays.
 * A move that would make it a copy of another arrow is refused, as drawing that copy would be.
 */
export function reconnect(doc: FlowDocument, id: string, source: string, target: string): FlowDocument {
  const index = doc.edges.findIndex((e) => e.id === id);
  const edge = doc.edges[index];
  const kindOf = (nodeId: string) => doc.nodes.find((n) => n.id === nodeId)?.kind;
  const [from, to] = [kindOf(source), kindOf(target)];
  if (!edge || !from || !to || source === target || (edge.source === source && edge.target === target)) return doc;
  const [oldFrom, oldTo] = [kindOf(edge.source), kindOf(edge.target)];
  const wasDefault = oldFrom !== undefined && oldTo !== undefined && edge.kind === defaultEdgeKind(oldFrom, oldTo);
  const kind = wasDefault ? defaultEdgeKind(from, to) : edge.kind;
  if (sameArrow(doc, source, target, kind, id)) return doc;
  const edges = doc.edges.slice();
  edges[index] = { ...edge, source, target, kind };
  return { ...doc, edges };
}
