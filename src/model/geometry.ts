import type { FlowNode, NodeKind } from './schema';
import { textWidth, wrapText, type Font } from './textMetrics';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether `inner` lies wholly inside `outer` (touching edges count as inside). */
export const boxWithin = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/** The smallest box of each kind; a node grows past it to show its whole label. */
export const NODE_SIZE: Readonly<Record<NodeKind, { width: number; height: number }>> = {
  actor: { width: 150, height: 64 },
  external: { width: 170, height: 64 },
  scheduler: { width: 160, height: 64 },
  gateway: { width: 170, height: 64 },
  service: { width: 170, height: 64 },
  queue: { width: 180, height: 56 },
  store: { width: 160, height: 76 },
  cache: { width: 160, height: 64 },
};

/**
 * The type every renderer sets a node's text in: the canvas's CSS (canvas.css) and the SVG export use these
 * sizes and line heights, so the lines measured here are the lines both draw.
 */
export const NODE_TEXT = {
  label: { size: 14, bold: true, lineHeight: 18 },
  caption: { size: 11, lineHeight: 15 },
} as const satisfies Record<string, Font & { lineHeight: number }>;

/** A label wraps to this many lines at most before its node grows wider. */
const MAX_LABEL_LINES = 3;
/** Past this width a node stops growing and takes more lines instead. */
const MAX_WIDTH = 360;
const WIDTH_STEP = 10;
/**
 * Width each kind keeps free of text: padding and border on the canvas, and in the export the room taken by
 * the kind's mark (person, clock, bolt), the pipe's rims and the hexagon's points, whichever is wider.
 */
const SIDE_ROOM: Readonly<Record<NodeKind, number>> = { actor: 46, external: 32, scheduler: 42, gateway: 32, service: 28, queue: 40, store: 28, cache: 42 };
/** Height kept free of text: padding and border, plus the rims of a cylinder. */
const END_ROOM: Readonly<Record<NodeKind, number>> = { actor: 16, external: 20, scheduler: 16, gateway: 16, service: 16, queue: 16, store: 34, cache: 34 };

export interface NodeLayout {
  width: number;
  height: number;
  /** The label as it is drawn, one entry a line: no line is cut. */
  label: string[];
  /** The owner's name, one entry a line (none when unset). */
  owner: string[];
}

const linesOf = (value: string | undefined, width: number, font: Font) => (value ? wrapText(value, width, font) : []);

/** The narrowest width, from the kind's own up to MAX_WIDTH, at which the label fits in MAX_LABEL_LINES. */
function widthFor(kind: NodeKind, label: string): number {
  const room = SIDE_ROOM[kind];
  const one = textWidth(label, NODE_TEXT.label);
  let width = Math.max(NODE_SIZE[kind].width, Math.ceil(one / MAX_LABEL_LINES + room));
  while (width < MAX_WIDTH && wrapText(label, width - room, NODE_TEXT.label).length > MAX_LABEL_LINES) width += WIDTH_STEP;
  return Math.min(width, MAX_WIDTH);
}

/**
 * A node's size and text lines, from its kind, label and owner: the one measure the canvas, the auto layout
 * and the SVG/PNG export share, so a label shown whole in one is shown whole in all.
 */
export function nodeLayout(node: Pick<FlowNode, 'kind' | 'label' | 'owner'>): NodeLayout {
  const width = widthFor(node.kind, node.label);
  const room = width - SIDE_ROOM[node.kind];
  const label = linesOf(node.label, room, NODE_TEXT.label);
  const owner = linesOf(node.owner, room, NODE_TEXT.caption);
  const text = NODE_TEXT.caption.lineHeight * (1 + owner.length) + NODE_TEXT.label.lineHeight * label.length;
  return { width, height: Math.max(NODE_SIZE[node.kind].height, text + END_ROOM[node.kind]), label, owner };
}

export const nodeSize = (node: Pick<FlowNode, 'kind' | 'label' | 'owner'>): { width: number; height: number } => {
  const { width, height } = nodeLayout(node);
  return { width, height };
};
