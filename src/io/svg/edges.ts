import { EDGE_LABEL, edgeLabelSize, labelBox, oneLine, parallelSlots, routeEdge, routeLoop, routePath, type Box, type FlowEdge, type Route } from '../../model';
import { badgeLabel, marksTitle, type Marks } from './annotations';
import { badge, badgeWidth } from './badge';
import { el, text, type Markup } from './markup';
import type { Theme } from './theme';

/** How far an edge's badge reaches into its label pill from the right, away from the source node's badge. */
const BADGE_INSET = 10;

export interface EdgeLayout {
  edge: FlowEdge;
  route: Route;
  /** The edge's kind and label, shown whole. */
  label: string;
  marks: Marks | undefined;
  /** The label pill. */
  tag: Box;
}

const ARROW_ID = 'fm-arrow';
const FAILURE_ARROW_ID = 'fm-arrow-failure';

/**
 * Drawable edges with the canvas's routes: through the sides that face each other, loops round a node's corner,
 * parallel arrows fanned out, and each label on its arrow but never on the nodes at its ends. Edges to a missing
 * node are left out.
 */
export function layoutEdges(edges: readonly FlowEdge[], boxes: ReadonlyMap<string, Box>, marks: ReadonlyMap<string, Marks>): EdgeLayout[] {
  const drawable = edges.filter((edge) => boxes.has(edge.source) && boxes.has(edge.target));
  const slots = parallelSlots(drawable);
  return drawable.map((edge) => {
    const slot = slots.get(edge.id)!;
    const [source, target] = [boxes.get(edge.source)!, boxes.get(edge.target)!];
    const route = edge.source === edge.target ? routeLoop(source, slot.index) : routeEdge(source, target, slot.offset);
    const caption = oneLine(edge.label ?? '');
    const label = caption ? `${edge.kind} · ${caption}` : edge.kind;
    return { edge, route, label, tag: labelBox(route, slot.along, edgeLabelSize(label), [source, target]), marks: marks.get(edge.id) };
  });
}


export function renderEdgePath({ edge, route }: EdgeLayout, theme: Theme): Markup {
  const failure = edge.kind === 'failure';
  return el('path', {
    class: `fm-edge fm-${edge.kind}`,
    d: routePath(route),
    fill: 'none',
    stroke: failure ? theme.failure : theme.edge,
    'stroke-width': 1.75,
    'stroke-dasharray': failure ? '6 4' : undefined,
    'marker-end': `url(#${failure ? FAILURE_ARROW_ID : ARROW_ID})`,
  });
}

/** The edge's kind and label in a pill, with its findings badge on the pill's top-right corner. */
export function renderEdgeTag({ edge, label, marks, tag }: EdgeLayout, theme: Theme): Markup {
  const failure = edge.kind === 'failure';
  const parts = [
    el('title', {}, [text(label)]),
    el('rect', { x: tag.x, y: tag.y, width: tag.width, height: tag.height, rx: 5, fill: theme.pill, stroke: failure ? theme.failure : theme.pillBorder, 'stroke-width': 1 }),
    el('text', { x: tag.x + tag.width / 2, y: tag.y + tag.height / 2 + EDGE_LABEL.font.size * 0.35, 'text-anchor': 'middle', 'font-size': EDGE_LABEL.font.size, fill: failure ? theme.failure : theme.edgeLabel }, [text(label)]),
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
    el('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 10, markerHeight: 10, markerUnits: 'userSpaceOnUse', orient: 'auto' }, [
      el('path', { d: 'M0 0.5L10 5L0 9.5L2.5 5Z', fill: colour }),
    ]),
  );
}
