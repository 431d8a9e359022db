import { describe, expect, it } from 'vitest';
import { EMPTY_SET, cappedUnion, singleton } from './cappedSet';

const union = cappedUnion(3);
const set = (...items: number[]) => ({ items, more: false });

describe('cappedUnion', () => {
  it('merges sorted members without duplicates', () => {
    expect(union(set(1, 5), set(2, 5))).toEqual({ items: [1, 2, 5], more: false });
  });

  it('keeps the smallest members and says it dropped some', () => {
    expect(union(set(1, 4, 6), set(2, 3))).toEqual({ items: [1, 2, 3], more: true });
  });

  it('carries a dropped flag through unions with the empty set or with itself', () => {
    const dropped = { items: [1], more: true };
    expect(union(EMPTY_SET, dropped)).toBe(dropped);
    expect(union(dropped, EMPTY_SET)).toBe(dropped);
    expect(union(dropped, dropped)).toBe(dropped);
    expect(union(singleton(0), { items: [], more: true })).toEqual({ items: [0], more: true });
    expect(union({ items: [], more: true }, singleton(0))).toEqual({ items: [0], more: true });
  });

  it('reuses a part when the other adds nothing', () => {
    const a = set(1, 2);
    expect(union(a, EMPTY_SET)).toBe(a);
    expect(union(EMPTY_SET, a)).toBe(a);
  });
});
