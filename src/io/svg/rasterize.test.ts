import { describe, expect, it } from 'vitest';
import { safeScale } from './rasterize';

describe('safeScale', () => {
  it('keeps 2× for ordinary diagrams', () => {
    expect(safeScale(1600, 900, 2)).toBe(2);
  });

  it('shrinks the scale so a huge diagram still fits a browser canvas', () => {
    const scale = safeScale(12_000, 9_000, 2);
    expect(12_000 * scale).toBeLessThanOrEqual(16_000);
    expect(12_000 * 9_000 * scale * scale).toBeLessThanOrEqual(200_000_000);
  });
});
