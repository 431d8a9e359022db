import { KIND_LABELS, NODE_TEXT, nodeLayout, oneLine, type Box, type FlowNode } from '../../model';
import { badgeLabel, marksTitle, type Marks } from './annotations';
import { badge, badgeWidth } from './badge';
import { el, text, type Markup } from './markup';
import { contentArea, nodeShape } from './nodeShape';
import type { Theme } from './theme';

/** Where a line's baseline sits in a line box of `lineHeight`, for text of `size`: cap height centred. */
export const baseline = (top: number, lineHeight: number, size: number) => top + (lineHeight + size * 0.7) / 2;

function accessibleName(node: FlowNode): string {
  const owner = node.owner ? oneLine(node.owner) : '';
  return `${KIND_LABELS[node.kind]}: ${oneLine(node.label)}${owner ? ` (owner: ${owner})` : ''}`;
}

/**
 * The kind in small capitals, the label's lines and the owner's lines in the kind's colour, as on the canvas:
 * the lines come from the layout the canvas uses, so nothing is cut.
 */
export function renderNode(node: FlowNode, box: Box, theme: Theme): Markup {
  const layout = nodeLayout(node);
  const area = contentArea(node.kind, box);
  const x = (area.left + area.right) / 2;
  const { label, caption } = NODE_TEXT;
  const block = caption.lineHeight * (1 + layout.owner.length) + label.lineHeight * layout.label.length;
  let top = box.y + (box.height - block) / 2 + area.shiftY;
  const line = (value: string, font: typeof label | typeof caption, attributes: Record<string, string | number>) => {
    const markup = el('text', { x, y: baseline(top, font.lineHeight, font.size), 'text-anchor': 'middle', 'font-size': font.size, ...attributes }, [text(value)]);
    top += font.lineHeight;
    return markup;
  };
  return el('g', { class: `fm-node fm-${node.kind}` }, [
    el('title', {}, [text(accessibleName(node))]),
    nodeShape(node.kind, box, theme.kinds[node.kind]),
    line(KIND_LABELS[node.kind].toUpperCase(), caption, { fill: theme.muted, 'letter-spacing': 0.4 }),
    ...layout.label.map((value) => line(value, label, { 'font-weight': 600, fill: theme.text })),
    ...layout.owner.map((value) => line(value, caption, { 'font-weight': 600, fill: theme.kinds[node.kind].stroke })),
  ]);
}

/** How far a node badge sticks out past the node's right side. */
export const BADGE_OVERHANG = 8;

/** The severity badge on a node's top-right corner. */
export function renderNodeBadge(box: Box, marks: Marks, theme: Theme): Markup {
  const label = badgeLabel(marks.numbers);
  const at = { x: box.x + box.width + BADGE_OVERHANG - badgeWidth(label) / 2, y: box.y + 1 };
  return badge(at, label, theme.severity[marks.severity], theme, marksTitle(marks));
}
