import { describe, expect, it } from 'vitest';
import { NOTE_MIN, NOTE_SIZE, NOTE_TEXT, boundaryLabelLines, noteLayout } from './annotationLayout';

describe('noteLayout', () => {
  it('keeps the text’s line breaks and blank lines, and wraps long lines to the width', () => {
    const { lines, width } = noteLayout({ text: 'First\n\nA much longer line that cannot fit on one line of a note' });
    expect(width).toBe(NOTE_SIZE.width);
    expect(lines.slice(0, 2)).toEqual(['First', '']);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.slice(2).join(' ')).toBe('A much longer line that cannot fit on one line of a note');
  });

  it('grows past its stored height until every line fits, and never shrinks below its smallest size', () => {
    const tall = noteLayout({ text: 'one\ntwo\nthree\nfour\nfive', size: { width: 300, height: 20 } });
    expect(tall.height).toBeGreaterThanOrEqual(5 * NOTE_TEXT.lineHeight);
    expect(noteLayout({ text: 'x', size: { width: 10, height: 500 } })).toMatchObject({ width: NOTE_MIN.width, height: 500 });
  });
});

describe('boundaryLabelLines', () => {
  it('wraps a long label to the frame and keeps every word', () => {
    const label = 'Payments and settlement, cardholder data environment';
    const lines = boundaryLabelLines({ label, size: { width: 200, height: 100 } });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(label);
  });
});
