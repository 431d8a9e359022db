import type { Node } from '@xyflow/react';
import type { Severity } from '../analysis';
import { KIND_SPEC, routeEdge, routeLoop, routePath, type Box, type Point, type Route } from '../model';
import type { FloatingFlowEdge } from './FloatingEdge';
import type { KindFlowNode } from './KindNode';
import { createPathJoiner, samePaths, type Join } from './pathJoiner';

/**
 * A whole map drawn as one picture, for a zoom at which no name can be read: a handful of SVG paths (one per
 * kind's colour, per severity of badge, per arrow kind) instead of a DOM node per box and an SVG per arrow. Every
 * box, badge and arrow is still there and in its place; what React Flow holds on top (the selection, a node being
 * renamed, boundaries and notes) is drawn by React Flow as usual.
 */
export interface MapPicture {
  /** Per kind colour, the outlines of its boxes. */
  boxes: [colour: string, d: string][];
  /** Per severity, a dot at the top-right corner of each node with findings (where the badge is). */
  badges: [severity: Severity, d: string][];
  /** The arrows' curves and their heads: of every kind but failure, and of failure arrows (drawn red). */
  arrows: Record<'plain' | 'failure', { curves: string; heads: string }>;
}

/**
 * Below this zoom a big map is drawn as one picture: a node’s name (14 px at 100 %) would be under 3 px, and a
 * box under 32 px wide. The fitted view of a map of a few hundred nodes or more is well below it.
 */
export const PICTURE_BELOW = 0.2;

/** The badge's size in diagram units: the canvas badge is 22 px across at 100 %. */
const BADGE_RADIUS = 11;
/** The arrowhead's length and half width, in diagram units (React Flow's closed arrow at 18 px). */
const HEAD = { length: 12, half: 5 };

const n = (v: number) => Math.round(v * 10) / 10;
const boxOf = (node: Node): Box => ({ x: node.position.x, y: node.position.y, width: node.width ?? 0, height: node.height ?? 0 });
const outline = ({ x, y, width, height }: Box) => `M${n(x)} ${n(y)}h${n(width)}v${n(height)}h${n(-width)}z`;
const dot = (x: number, y: number) => `M${n(x - BADGE_RADIUS)} ${n(y)}a${BADGE_RADIUS} ${BADGE_RADIUS} 0 1 0 ${2 * BADGE_RADIUS} 0a${BADGE_RADIUS} ${BADGE_RADIUS} 0 1 0 ${-2 * BADGE_RADIUS} 0z`;

/** A closed head at the route's end, pointing the way the curve arrives (from its last control point). */
function head({ end, c2 }: Route): string {
  const [dx, dy] = [end.x - c2.x, end.y - c2.y];
  const length = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / length, dy / length];
  const base: Point = { x: end.x - ux * HEAD.length, y: end.y - uy * HEAD.length };
  return `M${n(end.x)} ${n(end.y)}L${n(base.x - uy * HEAD.half)} ${n(base.y + ux * HEAD.half)}L${n(base.x + uy * HEAD.half)} ${n(base.y - ux * HEAD.half)}z`;
}

// Nodes and arrows keep their objects while unchanged (reuseElements): each one's part of the picture is made once.
const boxParts = new WeakMap<Node, string>();
const dotParts = new WeakMap<Node, string>();
const arrowParts = new WeakMap<FloatingFlowEdge, { curve: string; head: string; from: Node; to: Node }>();

/** A node's box as a part of a path, made once per node object. */
export function boxPart(node: Node): string {
  let d = boxParts.get(node);
  if (d === undefined) boxParts.set(node, (d = outline(boxOf(node))));
  return d;
}

function dotPart(node: Node): string {
  let d = dotParts.get(node);
  if (d === undefined) dotParts.set(node, (d = dot(node.position.x + (node.width ?? 0), node.position.y)));
  return d;
}

function arrowPart(edge: FloatingFlowEdge, from: Node, to: Node): { curve: string; head: string } {
  const kept = arrowParts.get(edge);
  if (kept && kept.from === from && kept.to === to) return kept;
  const slot = edge.data ?? { offset: 0, along: 0.5, index: 0 };
  const route = from === to ? routeLoop(boxOf(from), slot.index) : routeEdge(boxOf(from), boxOf(to), slot.offset);
  const part = { curve: routePath(route), head: head(route), from, to };
  arrowParts.set(edge, part);
  return part;
}

const isKind = (node: Node): node is KindFlowNode => node.type === 'kind';

const joinAll: Join = (_, parts) => parts.join('');

function drawPicture(nodes: readonly Node[], edges: readonly FloatingFlowEdge[], join: Join): MapPicture {
  const boxes = new Map<string, string[]>();
  const badges = new Map<Severity, string[]>();
  const byId = new Map<string, Node>();
  for (const node of nodes) {
    if (!isKind(node)) continue;
    byId.set(node.id, node);
    const colour = KIND_SPEC[node.data.kind].colour;
    let parts = boxes.get(colour);
    if (!parts) boxes.set(colour, (parts = []));
    parts.push(boxPart(node));
    const { worst } = node.data;
    if (!worst) continue;
    let dots = badges.get(worst);
    if (!dots) badges.set(worst, (dots = []));
    dots.push(dotPart(node));
  }
  const arrows = { plain: { curves: [] as string[], heads: [] as string[] }, failure: { curves: [] as string[], heads: [] as string[] } };
  for (const edge of edges) {
    const [from, to] = [byId.get(edge.source), byId.get(edge.target)];
    if (!from || !to) continue;
    const { curve, head } = arrowPart(edge, from, to);
    const group = edge.className?.includes('fm-edge--failure') ? arrows.failure : arrows.plain;
    group.curves.push(curve);
    group.heads.push(head);
  }
  const joined = (kind: 'plain' | 'failure') => ({ curves: join(`curves:${kind}`, arrows[kind].curves), heads: join(`heads:${kind}`, arrows[kind].heads) });
  return {
    boxes: [...boxes].map(([colour, parts]) => [colour, join(`boxes:${colour}`, parts)]),
    badges: [...badges].map(([severity, parts]) => [severity, join(`badges:${severity}`, parts)]),
    arrows: { plain: joined('plain'), failure: joined('failure') },
  };
}

/** The picture of the canvas's nodes (boundaries and notes are left to React Flow) and arrows. */
export const mapPicture = (nodes: readonly Node[], edges: readonly FloatingFlowEdge[]): MapPicture => drawPicture(nodes, edges, joinAll);

const samePicture = (a: MapPicture, b: MapPicture) =>
  samePaths(a.boxes, b.boxes) && samePaths(a.badges, b.badges) && (['plain', 'failure'] as const).every((kind) => a.arrows[kind].curves === b.arrows[kind].curves && a.arrows[kind].heads === b.arrows[kind].heads);

/**
 * `mapPicture` that joins a path again only when its parts changed, and hands back the picture it made last time
 * while every path is the same: an edit to one node's name (its box the same size) redraws nothing.
 */
export function createMapPicturer(): (nodes: readonly Node[], edges: readonly FloatingFlowEdge[]) => MapPicture {
  const startDrawing = createPathJoiner();
  let last: MapPicture | undefined;
  return (nodes, edges) => {
    const picture = drawPicture(nodes, edges, startDrawing());
    if (last && samePicture(last, picture)) return last;
    return (last = picture);
  };
}

/** The node drawn at this point of the diagram (the last one drawn there, as it is on top), if any. */
export function nodeAt(nodes: readonly Node[], point: Point): string | undefined {
  for (let i = nodes.length - 1; i >= 0; i -= 1) {
    const node = nodes[i]!;
    if (!isKind(node)) continue;
    const { x, y } = node.position;
    if (point.x >= x && point.x <= x + (node.width ?? 0) && point.y >= y && point.y <= y + (node.height ?? 0)) return node.id;
  }
  return undefined;
}

/** The nodes wholly inside a box of the diagram (as React Flow's box selection takes them). */
export function nodesInside(nodes: readonly Node[], area: Box): string[] {
  return nodes
    .filter((node) => {
      const { x, y } = node.position;
      return x >= area.x && y >= area.y && x + (node.width ?? 0) <= area.x + area.width && y + (node.height ?? 0) <= area.y + area.height;
    })
    .map((node) => node.id);
}
