import { describe, expect, it } from 'vitest';
import { versionTime } from './versionTime';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const MINUTE = 60_000;
const at = (agoMs: number) => versionTime(NOW - agoMs, NOW, 'en-GB', 'UTC');

describe('versionTime', () => {
  it('says how long ago, in the largest whole unit', () => {
    expect(at(20_000).relative).toBe('just now');
    expect(at(5 * MINUTE + 30_000).relative).toBe('5 minutes ago');
    expect(at(3 * 60 * MINUTE).relative).toBe('3 hours ago');
    expect(at(26 * 60 * MINUTE).relative).toBe('yesterday');
    expect(at(9 * 24 * 60 * MINUTE).relative).toBe('9 days ago');
  });

  it('gives the date and time too, and the instant for a <time> element', () => {
    expect(at(2 * MINUTE)).toEqual({ relative: '2 minutes ago', absolute: '10 Mar 2026, 11:58', iso: '2026-03-10T11:58:00.000Z' });
  });

  it('a damaged record’s time is unknown, not 1970', () => {
    expect(versionTime(0, NOW)).toEqual({ relative: 'at an unknown time', absolute: 'time unknown' });
    expect(versionTime(Number.NaN, NOW).relative).toBe('at an unknown time');
  });
});
