import { BOUNDARY_TEXT, GROUP_KIND_LABELS, NOTE_PADDING, NOTE_TEXT, boundaryLabelLines, noteLayout, oneLine, type Box, type FlowDocument, type FlowGroup, type FlowNote } from '../../model';
import { el, text, type Markup } from './markup';
import { baseline } from './nodes';
import type { Theme } from './theme';


export const boundaryBox = (group: FlowGroup): Box => ({ ...group.position, ...group.size });
export const noteBox = (note: FlowNote): Box => {
  const { width, height } = noteLayout(note);
  return { ...note.position, width, height };
};

/** Every boundary's and note's box, for the image's extent. */
export const frameBoxes = (doc: FlowDocument): Box[] => [...(doc.groups ?? []).map(boundaryBox), ...(doc.notes ?? []).map(noteBox)];

/** A boundary as the canvas draws it: a tinted, rounded frame with its kind and label in the top-left corner. */
export function renderBoundary(group: FlowGroup, theme: Theme): Markup {
  const paint = theme.frames[group.kind];
  const { kind, label, inset } = BOUNDARY_TEXT;
  const x = group.position.x + inset;
  let top = group.position.y + inset - 2;
  const line = (value: string, font: typeof kind | typeof label, attributes: Record<string, string | number>) => {
    const markup = el('text', { x, y: baseline(top, font.lineHeight, font.size), 'font-size': font.size, ...attributes }, [text(value)]);
    top += font.lineHeight;
    return markup;
  };
  const caption = `${GROUP_KIND_LABELS[group.kind].toUpperCase()}${group.owner ? ` · ${oneLine(group.owner)}` : ''}`;
  const dashed = group.kind === 'trust' || group.kind === 'network';
  return el('g', { class: `fm-boundary fm-boundary-${group.kind}` }, [
    el('title', {}, [text(`Boundary (${GROUP_KIND_LABELS[group.kind]}): ${oneLine(group.label)}`)]),
    el('rect', { ...boundaryBox(group), rx: 14, fill: paint.fill, stroke: paint.stroke, 'stroke-width': 2, 'stroke-dasharray': dashed ? '8 5' : undefined }),
    line(caption, kind, { 'font-weight': 600, 'letter-spacing': 0.5, fill: paint.caption }),
    ...boundaryLabelLines(group).map((value) => line(value, label, { 'font-weight': 700, fill: theme.text })),
  ]);
}

/** A note: a pale card with its text wrapped as on the canvas, every line shown. */
export function renderNote(note: FlowNote, theme: Theme): Markup {
  const box = noteBox(note);
  const { lines } = noteLayout(note);
  return el('g', { class: 'fm-note' }, [
    el('rect', { ...box, rx: 4, fill: theme.note.fill, stroke: theme.note.stroke, 'stroke-width': 1 }),
    ...lines.map((value, i) =>
      el('text', { x: box.x + NOTE_PADDING.x, y: baseline(box.y + NOTE_PADDING.y + i * NOTE_TEXT.lineHeight, NOTE_TEXT.lineHeight, NOTE_TEXT.size), 'font-size': NOTE_TEXT.size, fill: theme.note.text }, [text(value)]),
    ),
  ]);
}
