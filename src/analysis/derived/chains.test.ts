import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph';
import { diagram } from '../testing';
import { KEPT_CHAINS, LISTED_TRANSFORMERS, chainPaths, longestHops, transformChains } from './chains';

const svc = (...transforms: string[]) => ['service', { transforms }] as ['service', Record<string, unknown>];

function pathsTo(doc: ReturnType<typeof diagram>, id: string) {
  const g = buildGraph(doc);
  const node = g.indexOf.get(id)!;
  return chainPaths(g, transformChains(g), node).map((p) => ({ path: p.nodes.map((i) => doc.nodes[i]!.id), hops: p.transformingHops, elided: p.elided }));
}

describe('transformChains', () => {
  it('lists the origin, every transforming node on the way and the node itself, with the hops counted', () => {
    const doc = diagram({ u: 'actor', gw: 'gateway', v: svc('validate'), e: svc('enrich'), db: 'store' }, [
      'u request gw', 'gw request v', 'v request e', 'e write db',
    ]);
    expect(pathsTo(doc, 'db')).toEqual([{ path: ['u', 'v', 'e', 'db'], hops: 2, elided: 0 }]);
    expect(pathsTo(doc, 'e')).toEqual([{ path: ['u', 'v', 'e'], hops: 2, elided: 0 }]);
    expect(pathsTo(doc, 'u')).toEqual([{ path: ['u'], hops: 0, elided: 0 }]);
  });

  it('keeps one chain per origin, the one with the most transforming hops', () => {
    const doc = diagram({ u: 'actor', a: svc('map'), b: svc('filter'), c: svc('enrich'), db: 'store' }, [
      'u request a', 'u request c', 'a request b', 'b write db', 'c write db',
    ]);
    expect(pathsTo(doc, 'db')).toEqual([{ path: ['u', 'a', 'b', 'db'], hops: 2, elided: 0 }]);
  });

  it(`keeps at most ${KEPT_CHAINS} chains, longest first`, () => {
    const doc = diagram({ o1: 'actor', o2: 'actor', o3: 'external', o4: 'scheduler', t: svc('map'), db: 'store' }, [
      'o1 request t', 't write db', 'o2 request db', 'o3 read db', 'o4 write db',
    ]);
    expect(pathsTo(doc, 'db').map((c) => c.path[0])).toEqual(['o1', 'o2', 'o3']);
  });

  it('lists only the transforming nodes nearest a very long chain and counts the rest', () => {
    const n = LISTED_TRANSFORMERS + 5;
    const nodes = Object.fromEntries([['u', 'actor'], ...Array.from({ length: n }, (_, i) => [`t${i}`, svc('map')])]);
    const edges = ['u request t0', ...Array.from({ length: n - 1 }, (_, i) => `t${i} request t${i + 1}`)];
    const [chain] = pathsTo(diagram(nodes, edges), `t${n - 1}`);
    expect(chain!.hops).toBe(n);
    expect(chain!.elided).toBe(5);
    expect(chain!.path).toHaveLength(LISTED_TRANSFORMERS + 1);
    expect(chain!.path.slice(0, 2)).toEqual(['u', 't5']);
  });

  it('reports the longest hop count, 0 where no chain arrives', () => {
    const doc = diagram({ u: 'actor', a: svc('map'), b: 'service', x: 'service', y: 'service' }, ['u request a', 'a request b', 'x request y', 'y request x']);
    const g = buildGraph(doc);
    const chains = transformChains(g);
    expect(['u', 'a', 'b', 'x'].map((id) => longestHops(chains, g.indexOf.get(id)!))).toEqual([0, 1, 1, 0]);
  });

  it('follows only forward edges inside a cycle, so chains stay paths', () => {
    const doc = diagram({ u: 'actor', a: svc('map'), b: svc('enrich') }, ['u request a', 'a request b', 'b request a']);
    expect(pathsTo(doc, 'b')).toEqual([{ path: ['u', 'a', 'b'], hops: 2, elided: 0 }]);
    expect(pathsTo(doc, 'a')).toEqual([{ path: ['u', 'a'], hops: 1, elided: 0 }]);
  });
});
