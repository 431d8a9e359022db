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

describe('themes', () => {
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
});
