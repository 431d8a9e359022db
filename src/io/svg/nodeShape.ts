import type { Box, NodeKind } from '../../model';
import { el, fragment, num, type Markup } from './markup';
import type { KindPaint } from './theme';

/** Where a node's text goes inside its box: the horizontal span left free by the shape's marks, and a vertical shift. */
export interface ContentArea {
  left: number;
  right: number;
  shiftY: number;
}

const RADIUS = 10;
const CYLINDER_RIM = 9;
const PIPE_RIM = 11;
const HEX_INSET = 16;
/** Text keeps this far from a box's sides. */
const INSET = 8;
/** Extra room on the left for a kind's mark (person, clock, bolt). */
const MARK_SPACE = 26;

export function contentArea(kind: NodeKind, box: Box): ContentArea {
  const [left, right] = [box.x + INSET, box.x + box.width - INSET];
  switch (kind) {
    case 'actor':
    case 'scheduler':
      return { left: left + MARK_SPACE, right, shiftY: 0 };
    case 'cache':
      return { left: left + MARK_SPACE, right, shiftY: CYLINDER_RIM / 2 };
    case 'store':
      return { left, right, shiftY: CYLINDER_RIM / 2 };
    case 'queue':
      return { left: left + PIPE_RIM / 2, right: right - PIPE_RIM, shiftY: 0 };
    case 'gateway':
      return { left: left + HEX_INSET / 2, right: right - HEX_INSET / 2, shiftY: 0 };
    default:
      return { left, right, shiftY: 0 };
  }
}

function cylinder({ x, y, width, height }: Box, paint: KindPaint, dashed: boolean): Markup {
  const [rx, ry] = [width / 2, CYLINDER_RIM];
  const stroke = { stroke: paint.stroke, 'stroke-width': 1.5, 'stroke-dasharray': dashed ? '5 3' : undefined };
  return fragment([
    el('path', {
      d: `M${num(x)} ${num(y + ry)}A${num(rx)} ${ry} 0 0 1 ${num(x + width)} ${num(y + ry)}V${num(y + height - ry)}A${num(rx)} ${ry} 0 0 1 ${num(x)} ${num(y + height - ry)}Z`,
      fill: paint.fill,
      ...stroke,
      filter: 'url(#fm-shadow)',
    }),
    el('path', { d: `M${num(x)} ${num(y + ry)}A${num(rx)} ${ry} 0 0 0 ${num(x + width)} ${num(y + ry)}`, fill: 'none', ...stroke }),
  ]);
}

function pipe({ x, y, width, height }: Box, paint: KindPaint): Markup {
  const [rx, ry] = [PIPE_RIM, height / 2];
  const [left, right, bottom] = [num(x + rx), num(x + width - rx), num(y + height)];
  return fragment([
    el('path', {
      d: `M${left} ${num(y)}H${right}A${rx} ${num(ry)} 0 0 1 ${right} ${bottom}H${left}A${rx} ${num(ry)} 0 0 1 ${left} ${num(y)}Z`,
      fill: paint.fill,
      stroke: paint.stroke,
      'stroke-width': 1.5,
      filter: 'url(#fm-shadow)',
    }),
    el('path', { d: `M${right} ${num(y)}A${rx} ${num(ry)} 0 0 0 ${right} ${bottom}`, fill: 'none', stroke: paint.stroke, 'stroke-width': 1.5 }),
  ]);
}

function hexagon({ x, y, width, height }: Box, paint: KindPaint): Markup {
  const cy = y + height / 2;
  const points = [[x + HEX_INSET, y], [x + width - HEX_INSET, y], [x + width, cy], [x + width - HEX_INSET, y + height], [x + HEX_INSET, y + height], [x, cy]];
  return el('polygon', {
    points: points.map(([px, py]) => `${num(px!)},${num(py!)}`).join(' '),
    fill: paint.fill,
    stroke: paint.stroke,
    'stroke-width': 1.5,
    'stroke-linejoin': 'round',
    filter: 'url(#fm-shadow)',
  });
}

function roundedBox(box: Box, paint: KindPaint, radius: number): Markup {
  return el('rect', { x: box.x, y: box.y, width: box.width, height: box.height, rx: radius, fill: paint.fill, stroke: paint.stroke, 'stroke-width': 1.5, filter: 'url(#fm-shadow)' });
}

function mark(paint: KindPaint, d: string, fill = 'none'): Markup {
  return el('path', { d, fill, stroke: paint.stroke, 'stroke-width': 1.6, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' });
}

const person = (x: number, cy: number, paint: KindPaint) =>
  mark(paint, `M${num(x - 4.5)} ${num(cy - 6)}a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0 -9 0M${num(x - 8)} ${num(cy + 10)}a8 7.5 0 0 1 16 0`);

const clock = (x: number, cy: number, paint: KindPaint) =>
  mark(paint, `M${num(x - 8)} ${num(cy)}a8 8 0 1 0 16 0a8 8 0 1 0 -16 0M${num(x)} ${num(cy - 4.5)}V${num(cy)}L${num(x + 3.5)} ${num(cy + 2.5)}`);

const bolt = (x: number, cy: number, paint: KindPaint) =>
  mark(paint, `M${num(x + 1.5)} ${num(cy - 9)}L${num(x - 5)} ${num(cy + 1.5)}H${num(x)}L${num(x - 1.5)} ${num(cy + 9)}L${num(x + 5)} ${num(cy - 1.5)}H${num(x)}Z`, paint.stroke);

/** The outline of a node of `kind` in `box`, with its kind's mark: the same shapes as the editor's palette. */
export function nodeShape(kind: NodeKind, box: Box, paint: KindPaint): Markup {
  const cy = box.y + box.height / 2;
  const iconX = box.x + 22;
  switch (kind) {
    case 'store':
      return cylinder(box, paint, false);
    case 'cache':
      return fragment([cylinder(box, paint, true), bolt(iconX - 2, cy + CYLINDER_RIM / 2, paint)]);
    case 'queue':
      return pipe(box, paint);
    case 'actor':
      return fragment([roundedBox(box, paint, box.height / 2), person(iconX + 4, cy, paint)]);
    case 'external':
      return fragment([
        roundedBox(box, paint, RADIUS),
        el('rect', { x: box.x + 4, y: box.y + 4, width: box.width - 8, height: box.height - 8, rx: RADIUS - 4, fill: 'none', stroke: paint.stroke, 'stroke-width': 1 }),
      ]);
    case 'scheduler':
      return fragment([roundedBox(box, paint, RADIUS), clock(iconX, cy, paint)]);
    case 'gateway':
      return hexagon(box, paint);
    case 'service':
      return roundedBox(box, paint, RADIUS);
  }
}
