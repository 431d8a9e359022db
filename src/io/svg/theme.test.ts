import { describe, expect, it } from 'vitest';
import { KIND_SPEC, NODE_KINDS } from '../../model';
import { mix, themeFor } from './theme';

describe('mix', () => {
  it('blends two colours by the given amount', () => {
    expect(mix('#ff0000', '#0000ff', 1)).toBe('#ff0000');
    expect(mix('#ff0000', '#0000ff', 0)).toBe('#0000ff');
    expect(mix('#ffffff', '#000000', 0.5)).toBe('#808080');
  });
});

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('themes', () => {
  it('draws arrows at 3:1 contrast or more against the background', () => {
    for (const name of ['light', 'dark'] as const) {
      const theme = themeFor(name);
      expect(contrast(theme.edge, theme.background)).toBeGreaterThanOrEqual(3);
      expect(contrast(theme.failure, theme.background)).toBeGreaterThanOrEqual(3);
    }
  });

  it('light and dark differ in background and text', () => {
    const [light, dark] = [themeFor('light'), themeFor('dark')];
    expect(light.background).not.toBe(dark.background);
    expect(light.text).not.toBe(dark.text);
  });

  it('gives every kind its own outline colour and a fill tinted toward the background', () => {
    for (const name of ['light', 'dark'] as const) {
      const theme = themeFor(name);
      expect(new Set(NODE_KINDS.map((kind) => theme.kinds[kind].stroke)).size).toBe(NODE_KINDS.length);
      for (const kind of NODE_KINDS) expect(theme.kinds[kind].fill).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('outlines each kind in the light theme with the colour the canvas uses (the spec table’s)', () => {
    for (const kind of NODE_KINDS) expect(themeFor('light').kinds[kind].stroke).toBe(KIND_SPEC[kind].colour);
  });

  it('writes boundary captions and note text at 4.5:1 or more over their fills', () => {
    for (const name of ['light', 'dark'] as const) {
      const theme = themeFor(name);
      for (const frame of Object.values(theme.frames)) expect(contrast(frame.caption, frame.fill)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(theme.note.text, theme.note.fill)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

