import type { ElkNode } from 'elkjs/lib/elk.bundled.js';
import { nodeSize, type FlowDocument } from '../model';

export interface Point {
  x: number;
  y: number;
}

const OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '60',
  'elk.layered.spacing.nodeNodeBetweenLayers': '100',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};
/** Room left between the diagram already drawn and nodes placed below it. */
const BAND_GAP = 120;

export const needsLayout = (doc: FlowDocument): boolean => doc.nodes.some((n) => !n.position);

/** elkjs is big; it is loaded the first time a layout is needed, not with the app. */
async function elkLayout(graph: ElkNode): Promise<ElkNode> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  return new ELK().layout(graph);
}

/** Left-to-right positions for the whole diagram from elkjs's layered algorithm (failure arrows do not shape it). */
export async function layoutPositions(doc: FlowDocument): Promise<Map<string, Point>> {
  const ids = new Set(doc.nodes.map((n) => n.id));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: OPTIONS,
    children: doc.nodes.map((n) => ({ id: n.id, ...nodeSize(n) })),
    edges: doc.edges
      .filter((e) => e.kind !== 'failure' && e.source !== e.target && ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const laid = await elkLayout(graph);
  return new Map((laid.children ?? []).map((c) => [c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) }]));
}

/**
 * A copy of the document with positions from elkjs: for every node, or with `onlyMissing` for the nodes
 * without one, placed in a band below the nodes already drawn so nothing overlaps.
 */
export async function autoLayout(doc: FlowDocument, { onlyMissing = false } = {}): Promise<FlowDocument> {
  const positions = await layoutPositions(doc);
  const placed = onlyMissing ? doc.nodes.filter((n) => n.position) : [];
  let shiftY = 0;
  if (placed.length) {
    const bottom = Math.max(...placed.map((n) => n.position!.y + nodeSize(n).height));
    const top = Math.min(...doc.nodes.filter((n) => !n.position).map((n) => positions.get(n.id)?.y ?? 0));
    shiftY = bottom + BAND_GAP - top;
  }
  const left = placed.length ? Math.min(...placed.map((n) => n.position!.x)) : 0;
  return {
    ...doc,
    nodes: doc.nodes.map((node) => {
      if (onlyMissing && node.position) return node;
      const at = positions.get(node.id) ?? { x: 0, y: 0 };
      return { ...node, position: { x: at.x + left, y: at.y + shiftY } };
    }),
  };
}
