import { describe, expect, it } from 'vitest';
import { badgeTitle, countNoun } from './badgeText';

describe('badge text', () => {
  it('says "1 note" and "2 notes", "1 finding" and "3 findings"', () => {
    expect(countNoun(1, 'info')).toBe('1 note');
    expect(countNoun(2, 'info')).toBe('2 notes');
    expect(countNoun(1, 'error')).toBe('1 finding');
    expect(countNoun(3, 'warning')).toBe('3 findings');
  });

  it('names the count and the worst finding’s message', () => {
    expect(badgeTitle(2, 'error', 'Two services write orders.')).toBe('2 findings — worst (error): Two services write orders.');
  });
});
