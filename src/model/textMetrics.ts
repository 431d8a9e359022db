/**
 * Approximate text measurement for a system sans-serif font. A string renderer cannot ask a font for metrics,
 * so widths lean slightly wide: text wraps or ends in an ellipsis a little early rather than overflowing.
 */

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

const THIN = new Set([...'ijl.,:;!|\' ']);
const NARROW = new Set([...'tfrI()[]{}/\\"`-']);
const WIDE = new Set([...'mwMW@%&+=<>~#']);
const ELLIPSIS = '…';
/** Bold faces run about this much wider than regular ones. */
const BOLD_FACTOR = 1.12;

export function graphemes(value: string): string[] {
  // Segmenting is slow; plain ASCII (most labels) is one grapheme per character.
  return /^[\x20-\x7e]*$/.test(value) ? value.split('') : Array.from(segmenter.segment(value), (part) => part.segment);
}

/** Width of one grapheme in em, sized after DejaVu Sans: the widest of the common system sans-serif fonts. */
function graphemeEm(grapheme: string): number {
  const code = grapheme.codePointAt(0) ?? 0;
  if ((code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x206f)) return 0;
  if (code >= 0x1f000 || (code >= 0x2600 && code <= 0x27bf) || grapheme.includes('\u200d')) return 1.25;
  if (code >= 0x2e80) return 1.05;
  if (code >= 0x2000) return 0.88;
  if (THIN.has(grapheme)) return 0.32;
  if (NARROW.has(grapheme)) return 0.43;
  if (WIDE.has(grapheme)) return 0.95;
  if (code >= 0x30 && code <= 0x39) return 0.65;
  if (grapheme !== grapheme.toLowerCase()) return 0.74;
  return 0.63;
}

export interface Font {
  size: number;
  bold?: boolean;
}

function graphemeWidth(grapheme: string, font: Font): number {
  return graphemeEm(grapheme) * font.size * (font.bold ? BOLD_FACTOR : 1);
}

/** Each printable ASCII character's width in em, by character code: most labels are ASCII, measured with no string made. */
const ASCII_EM = Array.from({ length: 0x7f }, (_, code) => (code >= 0x20 ? graphemeEm(String.fromCharCode(code)) : NaN));

export function textWidth(value: string, font: Font): number {
  let width = 0;
  for (let i = 0; i < value.length; i++) {
    const em = ASCII_EM[value.charCodeAt(i)];
    if (em === undefined || Number.isNaN(em)) return graphemes(value).reduce((sum, grapheme) => sum + graphemeWidth(grapheme, font), 0);
    width += em * font.size * (font.bold ? BOLD_FACTOR : 1);
  }
  return width;
}

/** Collapse runs of whitespace (newlines included) to one space: SVG text is one line. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** The longest start of `value` that fits in `maxWidth` with an ellipsis after it, or `value` if it fits. */
export function ellipsize(value: string, maxWidth: number, font: Font): string {
  if (textWidth(value, font) <= maxWidth) return value;
  const limit = maxWidth - textWidth(ELLIPSIS, font);
  let kept = '';
  let width = 0;
  for (const grapheme of graphemes(value)) {
    width += graphemeWidth(grapheme, font);
    if (width > limit) break;
    kept += grapheme;
  }
  return kept.trimEnd() + ELLIPSIS;
}

/** A word wider than a line, cut into pieces that fit (at least one grapheme each). */
function breakWord(word: string, maxWidth: number, font: Font): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (const grapheme of graphemes(word)) {
    const w = graphemeWidth(grapheme, font);
    if (piece && width + w > maxWidth) {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += grapheme;
    width += w;
  }
  return piece ? [...pieces, piece] : pieces;
}

/** Greedy word wrap to lines of at most `maxWidth`; a word wider than a line is broken. */
export function wrapText(value: string, maxWidth: number, font: Font): string[] {
  const space = textWidth(' ', font);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of oneLine(value).split(' ')) {
    if (!word) continue;
    const wordWidth = textWidth(word, font);
    if (line && lineWidth + space + wordWidth <= maxWidth) {
      line += ` ${word}`;
      lineWidth += space + wordWidth;
      continue;
    }
    if (line) lines.push(line);
    if (wordWidth <= maxWidth) {
      [line, lineWidth] = [word, wordWidth];
      continue;
    }
    const pieces = breakWord(word, maxWidth, font);
    line = pieces.pop() ?? '';
    lineWidth = textWidth(line, font);
    lines.push(...pieces);
  }
  return line ? [...lines, line] : lines;
}
