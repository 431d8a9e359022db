import { describe, expect, it } from 'vitest';
import { alignTo } from './alignment';

const box = (x: number, y: number, width = 100, height = 60) => ({ x, y, width, height });

describe('alignTo', () => {
  it('snaps left edges and middles that are close, and places the guides there', () => {
    const aligned = alignTo(box(203, 297), [box(200, 0), box(500, 270, 100, 120)], 6);
    expect(aligned).toEqual({ x: 200, y: 300, vertical: 200, horizontal: 330 });
  });

  it('snaps a centre to a centre of a box of another width', () => {
    expect(alignTo(box(54, 500), [box(0, 0, 200, 60)], 6)).toMatchObject({ x: 50, vertical: 100 });
  });

  it('leaves a box alone when nothing is near enough', () => {
    expect(alignTo(box(220, 400), [box(0, 0)], 6)).toEqual({ x: 220, y: 400, vertical: undefined, horizontal: undefined });
  });

  it('takes the nearest of several matches', () => {
    expect(alignTo(box(102, 500), [box(105, 0), box(101, 900)], 6).x).toBe(101);
  });
});
