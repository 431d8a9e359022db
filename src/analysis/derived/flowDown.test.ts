import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph';
import { diagram } from '../testing';
import { flowDown } from './flowDown';

const union = (a: string, b: string) => [...new Set((a + b).split(''))].sort().join('');

function upstreamLetters(doc: ReturnType<typeof diagram>) {
  const g = buildGraph(doc);
  const value = flowDown(g, (i) => doc.nodes[i]!.id, union);
  return Object.fromEntries(doc.nodes.map((n, i) => [n.id, value[i]]));
}

describe('flowDown', () => {
  it('gives every node its own value joined with everything upstream', () => {
    const doc = diagram({ a: 'actor', b: 'service', c: 'service', d: 'store' }, ['a request b', 'a request c', 'b write d', 'c write d']);
    expect(upstreamLetters(doc)).toEqual({ a: 'a', b: 'ab', c: 'ac', d: 'abcd' });
  });

  it('gives all members of a cycle the same upstream, and passes it on', () => {
    const doc = diagram({ a: 'actor', x: 'service', y: 'service', z: 'service', s: 'store' }, [
      'a request x', 'x request y', 'y request z', 'z request x', 'z write s',
    ]);
    expect(upstreamLetters(doc)).toEqual({ a: 'a', x: 'axyz', y: 'axyz', z: 'axyz', s: 'asxyz' });
  });

  it('ignores failure paths', () => {
    const doc = diagram({ a: 'service', b: 'queue' }, ['a failure b']);
    expect(upstreamLetters(doc)).toEqual({ a: 'a', b: 'b' });
  });
});
