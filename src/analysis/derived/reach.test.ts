import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph';
import { diagram } from '../testing';
import { reach, trace } from './reach';

// a → b → c → d, and x → c
const doc = diagram({ a: 'actor', b: 'service', c: 'service', d: 'store', x: 'actor' }, [
  'a request b', 'b request c', 'c write d', 'x request c',
]);
const g = buildGraph(doc);
const [a, b, c, d, x] = [0, 1, 2, 3, 4];

describe('reach', () => {
  it('marks every node downstream of a seed with the nearest seed’s cause', () => {
    const walk = reach(g, [{ node: a, via: -1, cause: 7 }, { node: x, via: -1, cause: 9 }]);
    expect(Array.from(walk.cause)).toEqual([7, 7, 9, 9, 9]);
    expect(walk.via[c]).toBe(3);
  });

  it('walks only the edges it is told to follow, and stops at nodes it must not expand', () => {
    expect(Array.from(reach(g, [{ node: a, via: -1, cause: 0 }], (e) => doc.edges[e]!.kind === 'request').cause)).toEqual([0, 0, 0, -1, -1]);
    expect(Array.from(reach(g, [{ node: a, via: -1, cause: 0 }], undefined, (v) => v !== b).cause)).toEqual([0, 0, -1, -1, -1]);
  });

  it('traces the edges from the seed, ending at a seed even when it was entered by an edge', () => {
    const walk = reach(g, [{ node: b, via: 0, cause: 0 }]);
    expect(trace(g, walk, d)).toEqual([0, 1, 2]);
    expect(trace(g, walk, b)).toEqual([0]);
    expect(trace(g, walk, a)).toEqual([]);
  });

  it('traces only the last edges when limited', () => {
    const walk = reach(g, [{ node: a, via: -1, cause: 0 }]);
    expect(trace(g, walk, d, undefined, 2)).toEqual([1, 2]);
  });

  it('stops a trace at edges already taken', () => {
    const walk = reach(g, [{ node: a, via: -1, cause: 0 }]);
    const taken = new Set<number>();
    expect(trace(g, walk, c, taken)).toEqual([0, 1]);
    expect(trace(g, walk, d, taken)).toEqual([2]);
  });
});
