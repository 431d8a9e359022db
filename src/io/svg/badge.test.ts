import { describe, expect, it } from 'vitest';
import { badge, badgeWidth } from './badge';
import { themeFor } from './theme';

describe('badge', () => {
  it('is a round dot for one digit and widens for longer labels', () => {
    expect(badgeWidth('3')).toBe(18);
    expect(badgeWidth('1,4,7+')).toBeGreaterThan(30);
  });

  it('draws the label on the colour, ringed with the background, with a tooltip', () => {
    const theme = themeFor('light');
    const markup = badge({ x: 50, y: 20 }, '1,4', '#dc2626', theme, 'Findings 1, 4');
    expect(markup).toContain('<title>Findings 1, 4</title>');
    expect(markup).toContain('fill="#dc2626"');
    expect(markup).toContain(`stroke="${theme.background}"`);
    expect(markup).toMatch(/<text x="50"[^>]*>1,4<\/text>/);
  });
});
