import { describe, expect, it } from 'vitest';
import { ellipsize, graphemes, oneLine, textWidth, wrapText } from './textMetrics';

const font = { size: 12 };

describe('textWidth', () => {
  it('grows with the text, the size and the weight', () => {
    expect(textWidth('abc', font)).toBeGreaterThan(textWidth('ab', font));
    expect(textWidth('abc', { size: 24 })).toBeCloseTo(2 * textWidth('abc', font));
    expect(textWidth('abc', { ...font, bold: true })).toBeGreaterThan(textWidth('abc', font));
  });

  it('tells narrow, wide, emoji and invisible characters apart', () => {
    expect(textWidth('iiii', font)).toBeLessThan(textWidth('mmmm', font));
    expect(textWidth('👩‍💻', font)).toBeGreaterThan(textWidth('a', font));
    expect(textWidth('a\u202eb', font)).toBe(textWidth('ab', font));
  });
});

describe('oneLine', () => {
  it('collapses whitespace and newlines', () => {
    expect(oneLine('  a\n\tb   c ')).toBe('a b c');
  });
});

describe('ellipsize', () => {
  it('keeps text that fits', () => {
    expect(ellipsize('Postgres', 200, font)).toBe('Postgres');
  });

  it('cuts text that does not fit, within the width, ending in an ellipsis', () => {
    const cut = ellipsize('Elasticsearch cluster for orders', 100, font);
    expect(cut).toMatch(/^Elasticsearch.*…$/u);
    expect(cut).not.toMatch(/ …$/);
    expect(textWidth(cut, font)).toBeLessThanOrEqual(100);
  });

  it('never splits an emoji or a surrogate pair', () => {
    const cut = ellipsize('👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻', 40, font);
    expect(graphemes(cut.slice(0, -1)).every((g) => g === '👩‍💻')).toBe(true);
  });
});

describe('wrapText', () => {
  it('wraps at word boundaries within the width and keeps every word', () => {
    const message = 'Consumer B and Consumer C both write order into Postgres and Elasticsearch: with two writers nobody owns it.';
    const lines = wrapText(message, 200, font);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, font)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(message);
  });

  it('breaks a word longer than a line', () => {
    const lines = wrapText(`see ${'x'.repeat(100)} end`, 120, font);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(textWidth(line, font)).toBeLessThanOrEqual(120);
    expect(lines.join('').replaceAll(' ', '')).toBe(`see${'x'.repeat(100)}end`);
  });

  it('gives no lines for blank text', () => {
    expect(wrapText(' \n ', 100, font)).toEqual([]);
  });
});
