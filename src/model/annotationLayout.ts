import type { FlowGroup, FlowNote, GroupKind } from './schema';
import { wrapText, type Font } from './textMetrics';

/*
 * Boundaries and notes as the canvas and the SVG/PNG export both draw them: the same lines in the same
 * boxes, so text shown whole on the canvas is shown whole in the image.
 */

export const GROUP_KIND_LABELS: Readonly<Record<GroupKind, string>> = { team: 'Team', trust: 'Trust zone', network: 'Network', region: 'Region', system: 'System' };

/** The size a new boundary starts at: room for a few nodes. */
export const BOUNDARY_SIZE = { width: 380, height: 240 } as const;
/** A boundary is never resized smaller than this. */
export const BOUNDARY_MIN = { width: 160, height: 100 } as const;
export const BOUNDARY_TEXT = {
  kind: { size: 11, lineHeight: 15 },
  label: { size: 14, bold: true, lineHeight: 18 },
  /** The label's distance from the frame's top-left corner. */
  inset: 12,
} as const satisfies Record<string, (Font & { lineHeight: number }) | number>;

/** The boundary's label as drawn in its top-left corner, one entry a line: no line is cut. */
export const boundaryLabelLines = (group: Pick<FlowGroup, 'label' | 'size'>): string[] =>
  wrapText(group.label, Math.max(40, group.size.width - 2 * BOUNDARY_TEXT.inset), BOUNDARY_TEXT.label);

export const NOTE_SIZE = { width: 220, height: 60 } as const;
export const NOTE_MIN = { width: 120, height: 40 } as const;
export const NOTE_TEXT = { size: 13, lineHeight: 18 } as const satisfies Font & { lineHeight: number };
export const NOTE_PADDING = { x: 12, y: 10 } as const;

export interface NoteLayout {
  width: number;
  height: number;
  /** One entry a line; an empty entry is a blank line the text has. */
  lines: string[];
}

/** A note's box and lines: its text wraps to its width, and the box grows downward until every line fits. */
export function noteLayout(note: Pick<FlowNote, 'text' | 'size'>): NoteLayout {
  const width = Math.max(NOTE_MIN.width, note.size?.width ?? NOTE_SIZE.width);
  const room = width - 2 * NOTE_PADDING.x;
  const lines = note.text.split('\n').flatMap((paragraph) => {
    const wrapped = wrapText(paragraph, room, NOTE_TEXT);
    return wrapped.length ? wrapped : [''];
  });
  const needed = lines.length * NOTE_TEXT.lineHeight + 2 * NOTE_PADDING.y;
  return { width, height: Math.max(needed, note.size?.height ?? NOTE_SIZE.height, NOTE_MIN.height), lines };
}
