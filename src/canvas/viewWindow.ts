import type { Edge, Node } from '@xyflow/react';
import { boxWithin, type Box } from '../model';

/**
 * A map with more nodes than this is handed to React Flow a window at a time (the view and a margin round it),
 * as a virtual list renders only the rows near the screen: at 1,000 nodes, holding every node made each frame
 * that repaints anything (a keystroke in the title) re-layerize the whole map. From here, measured: a 200-node map
 * at the readable zoom is already several views wide (pan/zoom 0.64 x the bare page windowed, 0.39 x whole); a
 * smaller one hardly exceeds the window, so it is held whole, as React Flow is used everywhere else.
 */
export const WINDOWED_FROM = 150;

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

/**
 * Whether a window made for an earlier view still serves this one (hysteresis, so a pan does not re-render the
 * map every frame): the view stays within the window's inner part, half the margin in from its edges, and has
 * not been zoomed in so far that the window holds far more than is seen.
 */
export function stillServes(window: Box, view: Box): boolean {
  const inset = { x: (window.width * MARGIN) / (2 * (1 + 2 * MARGIN)), y: (window.height * MARGIN) / (2 * (1 + 2 * MARGIN)) };
  const inner = { x: window.x + inset.x, y: window.y + inset.y, width: window.width - 2 * inset.x, height: window.height - 2 * inset.y };
  const zoomedIn = view.width * 2 * (1 + 2 * MARGIN) < window.width;
  return !zoomedIn && boxWithin(view, inner);
}

/** The smallest box holding both. */
export const boxAround = (a: Box, b: Box): Box => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
};

// Read straight off the nodes, with no box made per node: this runs over the whole map on each edit and window move.
const left = (node: Node) => node.position.x;
const right = (node: Node) => node.position.x + (node.width ?? 0);
const top = (node: Node) => node.position.y;
const bottom = (node: Node) => node.position.y + (node.height ?? 0);
const meets = (node: Node, w: Box) => left(node) < w.x + w.width && right(node) > w.x && top(node) < w.y + w.height && bottom(node) > w.y;
/** Whether the box round two nodes meets the window: the arrow between them may cross it. */
const mayCross = (a: Node, b: Node, w: Box) =>
  Math.min(left(a), left(b)) < w.x + w.width && Math.max(right(a), right(b)) > w.x && Math.min(top(a), top(b)) < w.y + w.height && Math.max(bottom(a), bottom(b)) > w.y;

/**
 * The elements React Flow holds for a window: every node whose box meets it, every arrow that may cross it
 * (the box round its two nodes meets it) with both its nodes so it can be drawn, and whatever must stay
 * whatever the view (boundaries and notes, which are few; the selection, which a drag moves together;
 * a node being renamed). The order is the document's, so the drawing order and the focus order stay.
 */
export function heldElements<N extends Node, E extends Edge>(nodes: readonly N[], edges: readonly E[], window: Box, kept: (node: N) => boolean): { nodes: N[]; edges: E[] } {
  const byId = new Map<string, N>();
  const held = new Set<string>();
  for (const node of nodes) {
    byId.set(node.id, node);
    if (kept(node) || meets(node, window)) held.add(node.id);
  }
  const heldEdges = edges.filter((edge) => {
    if (edge.selected || held.has(edge.source) || held.has(edge.target)) return true;
    const [from, to] = [byId.get(edge.source), byId.get(edge.target)];
    return !!from && !!to && mayCross(from, to, window);
  });
  for (const edge of heldEdges) held.add(edge.source).add(edge.target);
  return { nodes: nodes.filter((node) => held.has(node.id)), edges: heldEdges };
}

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * `heldElements` that hands back the lists it returned last time while their items are the same: React Flow takes
 * a new list as a change (each is a store update that every node and arrow on the canvas checks), and an edit to
 * one node's label leaves the arrows held as they were.
 */
export function createWindowHolder<N extends Node, E extends Edge>(): (nodes: readonly N[], edges: readonly E[], window: Box, kept: (node: N) => boolean) => { nodes: N[]; edges: E[] } {
  let last: { nodes: N[]; edges: E[] } | undefined;
  return (nodes, edges, window, kept) => {
    const next = heldElements(nodes, edges, window, kept);
    last = { nodes: last && sameItems(last.nodes, next.nodes) ? last.nodes : next.nodes, edges: last && sameItems(last.edges, next.edges) ? last.edges : next.edges };
    return last;
  };
}
