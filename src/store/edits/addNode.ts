import { KIND_LABELS, type FlowDocument, type FlowNode, type NodeKind } from '../../model';
import { freshId, idsOf } from './ids';

export interface Point {
  x: number;
  y: number;
}

export const roundPoint = (p: Point): Point => ({ x: Math.round(p.x), y: Math.round(p.y) });

/** Adds a node of `kind` at `position` (top-left corner), labelled by its kind. */
export function addNode(doc: FlowDocument, kind: NodeKind, position: Point): { doc: FlowDocument; id: string } {
  const id = freshId(kind, idsOf(doc));
  const node = { id, kind, label: KIND_LABELS[kind], position: roundPoint(position) } as FlowNode;
  return { doc: { ...doc, nodes: [...doc.nodes, node] }, id };
}
