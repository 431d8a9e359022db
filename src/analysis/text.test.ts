import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph';
import { diagram } from './testing';
import { capitalize, describeEdge, listing, names, plural, withArticle } from './text';

describe('text', () => {
  it('lists words in a sentence, shortening long lists', () => {
    expect(listing([])).toBe('');
    expect(listing(['A'])).toBe('A');
    expect(listing(['A', 'B'])).toBe('A and B');
    expect(listing(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listing(['A', 'B', 'C', 'D', 'E', 'F'])).toBe('A, B, C and 3 more');
  });

  it('names nodes by label and describes arrows in words', () => {
    const g = buildGraph(diagram({ gw: 'gateway', v: 'service', db: 'store' }, ['gw request v', 'v write db', 'db read v']));
    expect(names(g, [0, 1])).toBe('gw and v');
    expect(names(g, [0, 1, 2, 0, 1, 2])).toBe('gw, v, db and 3 more');
    expect(describeEdge(g, 0)).toBe('the call from gw to v');
    expect(describeEdge(g, 1)).toBe('the write from v to db');
    expect(describeEdge(g, 2)).toBe('v’s read from db');
    expect(plural(2, 'is', 'are')).toBe('are');
    expect([withArticle('actor'), withArticle('queue')]).toEqual(['an actor', 'a queue']);
    expect(capitalize(describeEdge(g, 0))).toBe('The call from gw to v');
  });
});
