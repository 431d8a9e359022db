import type { FlowEdge } from '../../model';
import { badgeLabel, marksTitle, type Marks } from './annotations';
import { badge, badgeWidth } from './badge';
import { parallelSlots, pointAt, routeEdge, type Point, type Route } from './edgeRoute';
import { el, num, text, type Markup } from './markup';
import type { Box } from './placement';
import { ellipsize, oneLine, textWidth } from './textMetrics';
import type { Theme } from './theme';

const LABEL_FONT = { size: 11 };
const MAX_LABEL_WIDTH = 190;
const PILL_PADDING = 6;
const PILL_HEIGHT = 17;
/** Room along the arrow, each side of its pill, that keeps the line and the arrowhead in view. */
const ARROW_ROOM = 14;
/** How far a pill beside a short arrow may reach over the nodes at its two ends. */
const CROWDED_OVERLAP = 24;
/** How far an edge's badge reaches into its label pill from the right, away from the source node's badge. */
const BADGE_INSET = 10;

export interface EdgeLayout {
  edge: FlowEdge;
  route: Route;
  /** The edge's kind and label in full, and as shown (cut to fit its pill). */
  fullLabel: string;
  label: string;
  marks: Marks | undefined;
  /** The label pill. */
  tag: Box;
}

const ARROW_ID = 'fm-arrow';
const FAILURE_ARROW_ID = 'fm-arrow-failure';

const pillWidth = (label: string) => textWidth(label, LABEL_FONT) + 2 * PILL_PADDING;
const pillAt = (centre: Point, width: number): Box => ({ x: centre.x - width / 2, y: centre.y - PILL_HEIGHT / 2, width, height: PILL_HEIGHT });

/**
 * The pill goes on the curve (at its middle, or staggered among parallel arrows) when the arrow has room to show
 * around it. On a short arrow it goes beside the line, so the arrowhead stays in view: above a left-to-right
 * arrow, cut to the gap between the two nodes plus a little of each; right of a top-to-bottom one.
 */
function placeTag(edge: FlowEdge, route: Route, along: number, fullLabel: string): { label: string; tag: Box } {
  const { start, end, horizontal } = route;
  const at = pointAt(route, along);
  const length = Math.hypot(end.x - start.x, end.y - start.y);
  const label = ellipsize(fullLabel, MAX_LABEL_WIDTH, LABEL_FONT);
  const width = pillWidth(label);
  if (width + 2 * ARROW_ROOM <= length) return { label, tag: pillAt(at, width) };
  if (!horizontal) return { label, tag: pillAt({ x: at.x + width / 2 + 4, y: at.y }, width) };
  const room = Math.max(textWidth(edge.kind, LABEL_FONT), Math.min(MAX_LABEL_WIDTH, length + 2 * CROWDED_OVERLAP - 2 * PILL_PADDING));
  const cut = ellipsize(fullLabel, room, LABEL_FONT);
  return { label: cut, tag: pillAt({ x: at.x, y: at.y - PILL_HEIGHT / 2 - 3 }, pillWidth(cut)) };
}

/** Drawable edges with their routes: self loops and edges to a missing node are left out. */
export function layoutEdges(edges: readonly FlowEdge[], boxes: ReadonlyMap<string, Box>, marks: ReadonlyMap<string, Marks>): EdgeLayout[] {
  const drawable = edges.filter((edge) => edge.source !== edge.target && boxes.has(edge.source) && boxes.has(edge.target));
  const slots = parallelSlots(drawable);
  return drawable.map((edge) => {
    const slot = slots.get(edge.id)!;
    const route = routeEdge(boxes.get(edge.source)!, boxes.get(edge.target)!, slot.offset);
    const caption = oneLine(edge.label ?? '');
    const fullLabel = caption ? `${edge.kind} · ${caption}` : edge.kind;
    return { edge, route, fullLabel, ...placeTag(edge, route, slot.along, fullLabel), marks: marks.get(edge.id) };
  });
}

/** The route as an SVG path's `d`. */
export const curve = ({ start, c1, c2, end }: Route): string => `M${num(start.x)} ${num(start.y)}C${num(c1.x)} ${num(c1.y)} ${num(c2.x)} ${num(c2.y)} ${num(end.x)} ${num(end.y)}`;

export function renderEdgePath({ edge, route }: EdgeLayout, theme: Theme): Markup {
  const failure = edge.kind === 'failure';
  return el('path', {
    class: `fm-edge fm-${edge.kind}`,
    d: curve(route),
    fill: 'none',
    stroke: failure ? theme.failure : theme.edge,
    'stroke-width': 1.6,
    'stroke-dasharray': failure ? '6 4' : undefined,
    'marker-end': `url(#${failure ? FAILURE_ARROW_ID : ARROW_ID})`,
  });
}

/** The edge's kind and label in a pill on the middle of the curve, with its findings badge on the pill's top-right corner. */
export function renderEdgeTag({ edge, fullLabel, label, marks, tag }: EdgeLayout, theme: Theme): Markup {
  const failure = edge.kind === 'failure';
  const parts = [
    el('title', {}, [text(fullLabel)]),
    el('rect', { x: tag.x, y: tag.y, width: tag.width, height: tag.height, rx: 5, fill: theme.pill, stroke: failure ? theme.failure : theme.pillBorder, 'stroke-width': 1 }),
    el('text', { x: tag.x + tag.width / 2, y: tag.y + tag.height / 2 + 3.5, 'text-anchor': 'middle', 'font-size': LABEL_FONT.size, fill: failure ? theme.failure : theme.edgeLabel }, [text(label)]),
  ];
  if (marks) {
    const badgeText = badgeLabel(marks.numbers);
    const at = { x: tag.x + tag.width - BADGE_INSET + badgeWidth(badgeText) / 2, y: tag.y - 3 };
    parts.push(badge(at, badgeText, theme.severity[marks.severity], theme, marksTitle(marks)));
  }
  return el('g', { class: 'fm-edge-tag' }, parts);
}

export function arrowMarkers(theme: Theme): Markup[] {
  return [
    [ARROW_ID, theme.edge],
    [FAILURE_ARROW_ID, theme.failure],
  ].map(([id, colour]) =>
    el('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto' }, [
      el('path', { d: 'M0 0.5L10 5L0 9.5L2.5 5Z', fill: colour }),
    ]),
  );
}
