import { el, fragment, text, type Markup } from './markup';
import { textWidth, type Point } from '../../model';
import type { Theme } from './theme';

const FONT = { size: 10.5, bold: true };
const BADGE_HEIGHT = 18;

export function badgeWidth(label: string): number {
  return Math.max(BADGE_HEIGHT, Math.ceil(textWidth(label, FONT)) + 10);
}

/** A pill of `colour` centred on `at`, with a ring of the background so it stands off whatever it overlaps. */
export function badge(at: Point, label: string, colour: string, theme: Theme, title: string): Markup {
  const width = badgeWidth(label);
  return el('g', { class: 'fm-badge' }, [
    el('title', {}, [text(title)]),
    fragment([
      el('rect', {
        x: at.x - width / 2,
        y: at.y - BADGE_HEIGHT / 2,
        width,
        height: BADGE_HEIGHT,
        rx: BADGE_HEIGHT / 2,
        fill: colour,
        stroke: theme.background,
        'stroke-width': 2,
      }),
      el('text', { x: at.x, y: at.y + 3.7, 'text-anchor': 'middle', 'font-size': FONT.size, 'font-weight': 700, fill: theme.badgeText }, [text(label)]),
    ]),
  ]);
}
