import type { Edge, Node } from '@xyflow/react';
import type { Box } from '../model';

/**
 * A map with more nodes than this is handed to React Flow a window at a time (the view and a margin round it),
 * as a virtual list renders only the rows near the screen: at 1,000 nodes, holding every node made each frame
 * that repaints anything (a keystroke in the title) re-layerize the whole map. Smaller maps are held whole.
 */
export const WINDOWED_FROM = 400;

/** The margin on each side of the view, as a share of its width and height: a pan that far finds the nodes there. */
const MARGIN = 0.5;

/** The part of the diagram on screen, in diagram coordinates. */
export function viewBox([x, y, zoom]: readonly [number, number, number], width: number, height: number): Box {
  return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
}

/** The window kept round a view: the view grown by the margin on every side. */
export function windowAround(view: Box): Box {
  return { x: view.x - view.width * MARGIN, y: view.y - view.height * MARGIN, width: view.width * (1 + 2 * MARGIN), height: view.height * (1 + 2 * MARGIN) };
}

const inside = (box: Box, outer: Box) => box.x >= outer.x && box.y >= outer.y && box.x + box.width <= outer.x + outer.width && box.y + box.height <= outer.y + outer.height;

/**
 * Whether a window made for an earlier view still serves this one (hysteresis, so a pan does not re-render the
 * map every frame): the view stays within the window's inner part, half the margin in from its edges, and has
 * not been zoomed in so far that the window holds far more than is seen.
 */
export function stillServes(window: Box, view: Box): boolean {
  const inset = { x: (window.width * MARGIN) / (2 * (1 + 2 * MARGIN)), y: (window.height * MARGIN) / (2 * (1 + 2 * MARGIN)) };
  const inner = { x: window.x + inset.x, y: window.y + inset.y, width: window.width - 2 * inset.x, height: window.height - 2 * inset.y };
  const zoomedIn = view.width * 2 * (1 + 2 * MARGIN) < window.width;
  return !zoomedIn && inside(view, inner);
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const boxOf = (node: Node): Box => ({ ...node.position, width: node.width ?? 0, height: node.height ?? 0 });
/** The smallest box holding both. */
export const boxAround = (a: Box, b: Box): Box => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
};

/**
 * The elements React Flow holds for a window: every node whose box meets it, every arrow that may cross it
 * (the box round its two nodes meets it) with both its nodes so it can be drawn, and whatever must stay
 * whatever the view (boundaries and notes, which are few; the selection, which a drag moves together;
 * a node being renamed). The order is the document's, so the drawing order and the focus order stay.
 */
export function heldElements<N extends Node, E extends Edge>(nodes: readonly N[], edges: readonly E[], window: Box, kept: (node: N) => boolean): { nodes: N[]; edges: E[] } {
  const boxes = new Map<string, Box>();
  for (const node of nodes) boxes.set(node.id, boxOf(node));
  const held = new Set<string>();
  for (const node of nodes) if (kept(node) || overlaps(boxes.get(node.id)!, window)) held.add(node.id);
  const heldEdges = edges.filter((edge) => {
    const [from, to] = [boxes.get(edge.source), boxes.get(edge.target)];
    return !!from && !!to && (edge.selected || held.has(edge.source) || held.has(edge.target) || overlaps(boxAround(from, to), window));
  });
  for (const edge of heldEdges) held.add(edge.source).add(edge.target);
  return { nodes: nodes.filter((node) => held.has(node.id)), edges: heldEdges };
}
