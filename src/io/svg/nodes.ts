import { KIND_LABELS, type FlowNode } from '../../model';
import { badgeLabel, marksTitle, type Marks } from './annotations';
import { badge, badgeWidth } from './badge';
import { el, text, type Markup } from './markup';
import { contentArea, nodeShape } from './nodeShape';
import type { Box } from './placement';
import { ellipsize, oneLine } from './textMetrics';
import type { Theme } from './theme';

const LABEL_FONT = { size: 13.5, bold: true };
const CAPTION_FONT = { size: 10.5 };
const SEPARATOR = ' · ';

function accessibleName(node: FlowNode): string {
  const owner = node.owner ? oneLine(node.owner) : '';
  return `${KIND_LABELS[node.kind]}: ${oneLine(node.label)}${owner ? ` (owner: ${owner})` : ''}`;
}

/** The small line under the label: the kind, then the owner in the kind's colour; cut with an ellipsis as a whole. */
function captionLine(node: FlowNode, x: number, y: number, width: number, theme: Theme): Markup {
  const kind = KIND_LABELS[node.kind];
  const owner = node.owner ? oneLine(node.owner) : '';
  const line = ellipsize(owner ? kind + SEPARATOR + owner : kind, width, CAPTION_FONT);
  const ownerStart = kind.length + SEPARATOR.length;
  const ownerPart = line.slice(ownerStart);
  return el('text', { x, y, 'text-anchor': 'middle', 'font-size': CAPTION_FONT.size, fill: theme.muted }, [
    text(line.slice(0, ownerStart)),
    ...(ownerPart ? [el('tspan', { fill: theme.kinds[node.kind].stroke, 'font-weight': 600 }, [text(ownerPart)])] : []),
  ]);
}

export function renderNode(node: FlowNode, box: Box, theme: Theme): Markup {
  const area = contentArea(node.kind, box);
  const [x, width] = [(area.left + area.right) / 2, area.right - area.left];
  const centreY = box.y + box.height / 2 + area.shiftY;
  return el('g', { class: `fm-node fm-${node.kind}` }, [
    el('title', {}, [text(accessibleName(node))]),
    nodeShape(node.kind, box, theme.kinds[node.kind]),
    el('text', { x, y: centreY - 1, 'text-anchor': 'middle', 'font-size': LABEL_FONT.size, 'font-weight': 600, fill: theme.text }, [
      text(ellipsize(oneLine(node.label), width, LABEL_FONT)),
    ]),
    captionLine(node, x, centreY + 14, width, theme),
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
