import { describe, expect, it } from 'vitest';
import { paletteSpot } from './placement';

const size = { width: 100, height: 60 };
const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) < size.width && Math.abs(a.y - b.y) < size.height;

describe('paletteSpot', () => {
  it('centres the first node on the view', () => {
    expect(paletteSpot(size, [], { x: 500, y: 300 })).toEqual({ x: 450, y: 270 });
  });

  it('puts the next node beside the previous one, level with its middle', () => {
    const previous = { x: 450, y: 270, width: 100, height: 80 };
    expect(paletteSpot(size, [previous], { x: 500, y: 300 }, previous)).toEqual({ x: 590, y: 280 });
  });

  it('never covers a node: repeated clicks at the same centre give a row', () => {
    const boxes: { x: number; y: number; width: number; height: number }[] = [];
    for (let i = 0; i < 4; i++) boxes.push({ ...paletteSpot(size, boxes, { x: 500, y: 300 }), ...size });
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
  });

  it('moves past a node in the way beside the previous one', () => {
    const previous = { x: 0, y: 0, ...size };
    const inTheWay = { x: 150, y: 10, ...size };
    const spot = paletteSpot(size, [previous, inTheWay], { x: 0, y: 0 }, previous);
    expect(spot.x).toBeGreaterThanOrEqual(290);
  });
});
