import type { ElkNode } from 'elkjs/lib/elk.bundled.js';
import { BOUNDARY_TEXT, boundaryLabelLines, boxWithin, nodeSize, type Box, type FlowDocument, type FlowGroup } from '../model';

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

/** Room inside a boundary around its nodes: its label's lines above them. */
function framePadding(group: FlowGroup): string {
  const label = BOUNDARY_TEXT.kind.lineHeight + boundaryLabelLines(group).length * BOUNDARY_TEXT.label.lineHeight;
  const side = 2 * BOUNDARY_TEXT.inset;
  return `[top=${BOUNDARY_TEXT.inset + label + side},left=${side},bottom=${side},right=${side}]`;
}

export interface Layout {
  /** Where each node (and each boundary) goes. */
  positions: Map<string, Point>;
  /** Each boundary's new frame, drawn round its nodes. */
  frames: Map<string, Box>;
}

const area = (g: FlowGroup) => g.size.width * g.size.height;
const frameOf = (g: FlowGroup): Box => ({ ...g.position, ...g.size });

/** Each boundary's parent: the smallest other one drawn round it (of two equal frames, the first holds the second). */
function parentsOf(groups: readonly FlowGroup[]): Map<string, string> {
  const parents = new Map<string, string>();
  groups.forEach((inner, i) => {
    let best: FlowGroup | undefined;
    groups.forEach((outer, j) => {
      if (i === j || !boxWithin(frameOf(inner), frameOf(outer)) || (area(outer) === area(inner) && j > i)) return;
      if (!best || area(outer) < area(best)) best = outer;
    });
    if (best) parents.set(inner.id, best.id);
  });
  return parents;
}

/**
 * Left-to-right positions for the whole diagram from elkjs's layered algorithm (failure arrows do not shape it).
 * A boundary is laid out as a box holding its nodes and the boundaries drawn inside it, so it is refitted round
 * them and never overlaps a boundary beside it.
 */
export async function layoutDiagram(doc: FlowDocument, { boundaries = true } = {}): Promise<Layout> {
  const ids = new Set(doc.nodes.map((n) => n.id));
  const groups = boundaries ? (doc.groups ?? []) : [];
  const byId = new Map(groups.map((g) => [g.id, g]));
  const parents = parentsOf(groups);
  const childrenOf = (parent: string | undefined): ElkNode[] => [
    ...doc.nodes.filter((n) => (n.group !== undefined && byId.has(n.group) ? n.group : undefined) === parent).map((n) => ({ id: n.id, ...nodeSize(n) })),
    ...groups.filter((g) => parents.get(g.id) === parent).map((g): ElkNode => {
      const children = childrenOf(g.id);
      return children.length ? { id: g.id, layoutOptions: { 'elk.padding': framePadding(g) }, children } : { id: g.id, ...g.size };
    }),
  ];
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: groups.length ? { ...OPTIONS, 'elk.hierarchyHandling': 'INCLUDE_CHILDREN' } : OPTIONS,
    children: childrenOf(undefined),
    edges: doc.edges
      .filter((e) => e.kind !== 'failure' && e.source !== e.target && ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const laid = await elkLayout(graph);
  const layout: Layout = { positions: new Map(), frames: new Map() };
  const place = (children: readonly ElkNode[], origin: Point) => {
    for (const child of children) {
      const at = { x: origin.x + Math.round(child.x ?? 0), y: origin.y + Math.round(child.y ?? 0) };
      layout.positions.set(child.id, at);
      if (!byId.has(child.id)) continue;
      layout.frames.set(child.id, { ...at, width: Math.round(child.width ?? 0), height: Math.round(child.height ?? 0) });
      place(child.children ?? [], at);
    }
  };
  place(laid.children ?? [], { x: 0, y: 0 });
  return layout;
}

/**
 * A copy of the document with positions from elkjs: for every node, or with `onlyMissing` for the nodes
 * without one, placed in a band below the nodes already drawn so nothing overlaps.
 */
export async function autoLayout(doc: FlowDocument, { onlyMissing = false } = {}): Promise<FlowDocument> {
  const { positions } = await layoutDiagram(doc, { boundaries: false });
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
