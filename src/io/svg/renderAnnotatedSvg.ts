import type { Box, FlowDocument } from '../../model';
import { scenarioQuestion, type Analysis, type WhatIf } from '../../analysis';
import { markFindings, type Marks } from './annotations';
import { arrowMarkers, layoutEdges, renderEdgePath, renderEdgeTag, type EdgeLayout } from './edges';
import { renderLegend, severitySummary } from './legend';
import { el, fragment, text, type Markup } from './markup';
import { BADGE_OVERHANG, renderNode, renderNodeBadge } from './nodes';
import { boundsOf, placeNodes } from './placement';
import { frameBoxes, renderBoundary, renderNote } from './frames';
import { renderNodeRing, renderScenarioLegend, renderSpreadEdge, scenarioPaint, type ScenarioPaint } from './scenario';
import { ellipsize, oneLine } from '../../model';
import { themeFor, type Theme, type ThemeName } from './theme';
import { renderCommentList, renderCommentPins } from './comments';

export interface SvgExportOptions {
  theme?: ThemeName;
  /** Leave out the background, for pasting onto a page of any colour. */
  transparent?: boolean;
  /** Shown in the header, e.g. "2026-11-24"; the renderer never reads the clock. */
  date?: string;
  /** A what-if scenario to draw instead of the findings: its spread on the map, its narrative as the legend. */
  whatIf?: WhatIf;
  /** Numbered pins on the commented elements and the comment threads under the findings. */
  comments?: boolean;
}

export interface RenderedSvg {
  svg: string;
  width: number;
  height: number;
}

const PADDING = 32;
const HEADER_HEIGHT = 64;
/** Room around the nodes for badges that overhang them. */
const DIAGRAM_MARGIN = 20;
const LEGEND_GAP = 24;
const MIN_WIDTH = 720;
const EMPTY_HEIGHT = 160;
const TITLE_FONT = { size: 22, bold: true };
const BRAND_WIDTH = 170;
const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif, 'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji'";

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
/** What a scenario leaves untouched fades back, so the spread stands out. */
const UNAFFECTED_OPACITY = 0.3;

function definitions(theme: Theme): Markup {
  return el('defs', {}, [
    el('filter', { id: 'fm-shadow', x: '-10%', y: '-20%', width: '120%', height: '160%' }, [
      el('feDropShadow', { dx: 0, dy: 1.5, stdDeviation: 2, 'flood-color': theme.shadow, 'flood-opacity': theme.name === 'dark' ? 0.45 : 0.1 }),
    ]),
    ...arrowMarkers(theme),
  ]);
}

function header(doc: FlowDocument, date: string | undefined, width: number, theme: Theme): Markup {
  const title = oneLine(doc.title) || 'Untitled diagram';
  const facts = [date, plural(doc.nodes.length, 'node'), plural(doc.edges.length, 'edge')].filter(Boolean).join(' · ');
  return el('g', { class: 'fm-header' }, [
    el('text', { x: PADDING, y: PADDING + 20, 'font-size': TITLE_FONT.size, 'font-weight': 700, fill: theme.text }, [
      text(ellipsize(title, width - 2 * PADDING - BRAND_WIDTH, TITLE_FONT)),
    ]),
    el('text', { x: PADDING, y: PADDING + 42, 'font-size': 12.5, fill: theme.muted }, [text(facts)]),
    el('text', { x: width - PADDING, y: PADDING + 18, 'text-anchor': 'end', 'font-size': 12, fill: theme.muted }, [
      el('tspan', { 'font-weight': 700, fill: theme.text }, [text('Flowmap')]),
      text(' · design review'),
    ]),
  ]);
}

function diagram(doc: FlowDocument, boxes: ReadonlyMap<string, Box>, edges: readonly EdgeLayout[], nodeMarks: ReadonlyMap<string, Marks>, theme: Theme, paint?: ScenarioPaint): Markup[] {
  const placed = doc.nodes.flatMap((node) => {
    const box = boxes.get(node.id);
    return box ? [{ node, box }] : [];
  });
  const faded = (id: string, markup: Markup) => (paint && !paint.worst.has(id) ? el('g', { opacity: UNAFFECTED_OPACITY }, [markup]) : markup);
  const spread = paint
    ? [el('g', { class: 'fm-spread' }, [
        ...edges.flatMap((edge) => {
          const effect = paint.worst.get(edge.edge.id);
          return effect ? [renderSpreadEdge(edge, effect)] : [];
        }),
        ...placed.flatMap(({ node, box }) => {
          const effect = paint.worst.get(node.id);
          return effect ? [renderNodeRing(box, effect, node.id === paint.fault)] : [];
        }),
      ])]
    : [];
  return [
    // Boundaries behind everything, notes over the nodes they annotate.
    el('g', { class: 'fm-boundaries' }, (doc.groups ?? []).map((group) => renderBoundary(group, theme))),
    el('g', { class: 'fm-edges' }, edges.map((edge) => faded(edge.edge.id, renderEdgePath(edge, theme)))),
    el('g', { class: 'fm-nodes' }, placed.map(({ node, box }) => faded(node.id, renderNode(node, box, theme)))),
    ...spread,
    el('g', { class: 'fm-edge-tags' }, edges.map((edge) => faded(edge.edge.id, renderEdgeTag(edge, theme)))),
    el('g', { class: 'fm-notes' }, (doc.notes ?? []).map((note) => renderNote(note, theme))),
    el('g', { class: 'fm-badges' }, placed.flatMap(({ node, box }) => {
      const marks = nodeMarks.get(node.id);
      return marks ? [renderNodeBadge(box, marks, theme)] : [];
    })),
  ];
}

function emptyDiagram(x: number, y: number, width: number, theme: Theme): Markup {
  return el('g', { class: 'fm-empty' }, [
    el('rect', { x, y, width, height: EMPTY_HEIGHT, rx: 12, fill: 'none', stroke: theme.edge, 'stroke-width': 1.5, 'stroke-dasharray': '6 5' }),
    el('text', { x: x + width / 2, y: y + EMPTY_HEIGHT / 2 - 2, 'text-anchor': 'middle', 'font-size': 15, 'font-weight': 600, fill: theme.muted }, [
      text('This diagram is empty'),
    ]),
    el('text', { x: x + width / 2, y: y + EMPTY_HEIGHT / 2 + 20, 'text-anchor': 'middle', 'font-size': 12.5, fill: theme.muted }, [
      text('Add nodes and arrows in Flowmap, then export again.'),
    ]),
  ]);
}

/** The whole diagram with the reviewer's findings on it, as a standalone SVG document (a pure string builder). */
export function renderAnnotatedSvg(doc: FlowDocument, analysis: Analysis, options: SvgExportOptions = {}): RenderedSvg {
  const theme = themeFor(options.theme ?? 'light');
  const boxes = placeNodes(doc.nodes);
  const { whatIf } = options;
  // A scenario's image narrates the scenario: the findings' numbered badges would point at a list it does not show.
  const marks = markFindings(whatIf ? [] : analysis.findings);
  const edges = layoutEdges(doc.edges, boxes, marks.edges);
  const extent = boundsOf([...boxes.values(), ...edges.map((edge) => edge.tag), ...frameBoxes(doc)]);
  const diagramSize = extent
    ? { width: extent.width + 2 * DIAGRAM_MARGIN + BADGE_OVERHANG, height: extent.height + 2 * DIAGRAM_MARGIN }
    : { width: 0, height: EMPTY_HEIGHT };
  const width = Math.ceil(Math.max(MIN_WIDTH, diagramSize.width + 2 * PADDING));
  const diagramTop = PADDING + HEADER_HEIGHT;
  const legendFrame = { x: PADDING, y: diagramTop + diagramSize.height + LEGEND_GAP, width: width - 2 * PADDING, theme };
  const legend = whatIf ? renderScenarioLegend(doc, whatIf, legendFrame) : renderLegend(analysis.findings, legendFrame);
  const withComments = options.comments && (doc.comments?.length ?? 0) > 0;
  const commentList = withComments ? renderCommentList(doc, analysis.findings, { ...legendFrame, y: legendFrame.y + legend.height + LEGEND_GAP }) : undefined;
  const height = Math.ceil(diagramTop + diagramSize.height + LEGEND_GAP + legend.height + (commentList ? LEGEND_GAP + commentList.height : 0) + PADDING);

  const body = extent
    ? el('g', {
        class: 'fm-diagram',
        transform: `translate(${Math.round((width - diagramSize.width) / 2 + DIAGRAM_MARGIN - extent.x)} ${Math.round(diagramTop + DIAGRAM_MARGIN - extent.y)})`,
      }, [...diagram(doc, boxes, edges, marks.nodes, theme, whatIf && scenarioPaint(whatIf)), ...(withComments ? [renderCommentPins(doc, boxes, edges, theme)] : [])])
    : emptyDiagram(PADDING, diagramTop, width - 2 * PADDING, theme);
  const title = oneLine(doc.title) || 'Untitled diagram';
  const summary = whatIf ? `${scenarioQuestion(doc, whatIf.fault)} ${whatIf.steps.map((step) => step.sentence).join(' ')}` : `${severitySummary(analysis.findings) || 'no findings'}.`;
  const description = `Data-flow diagram "${title}" with ${plural(doc.nodes.length, 'node')} and ${plural(doc.edges.length, 'edge')}, annotated by the Flowmap design reviewer${options.date ? ` on ${options.date}` : ''}: ${summary}`;

  const svg = el('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': 'fm-title fm-desc',
    'font-family': FONT_FAMILY,
  }, [
    fragment([
      el('title', { id: 'fm-title' }, [text(`${title} (Flowmap design review)`)]),
      el('desc', { id: 'fm-desc' }, [text(description)]),
      definitions(theme),
      ...(options.transparent ? [] : [el('rect', { class: 'fm-background', width, height, fill: theme.background })]),
      header(doc, options.date, width, theme),
      body,
      legend.markup,
      ...(commentList ? [commentList.markup] : []),
    ], '\n'),
  ]);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, width, height };
}
