import { describe, expect, it } from 'vitest';
import { formatList, fromTriState, parseList, parseNumber, toTriState } from './factInfo';

describe('inspector facts', () => {
  it('lists: trimmed, unique, empty means unknown', () => {
    expect(parseList(' order, user ,, order')).toEqual(['order', 'user']);
    expect(parseList(' , ')).toBeUndefined();
    expect(formatList(['a', 'b'])).toBe('a, b');
    expect(formatList(undefined)).toBe('');
  });

  it('numbers: empty means unknown, junk is invalid', () => {
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('250')).toBe(250);
    expect(parseNumber('2x')).toBe('invalid');
  });

  it('tri-state booleans keep unknown apart from no', () => {
    expect([true, false, undefined].map(toTriState)).toEqual(['yes', 'no', 'unknown']);
    expect((['yes', 'no', 'unknown'] as const).map(fromTriState)).toEqual([true, false, undefined]);
  });
});
