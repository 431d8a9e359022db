import { describe, expect, it } from 'vitest';
import { LIMITS } from '../model';
import { buildGraph } from './graph';
import { diagram } from './testing';

const ids = (doc: { nodes: { id: string }[] }, indices: Iterable<number>) => Array.from(indices, (i) => doc.nodes[i]!.id);

describe('buildGraph', () => {
  it('indexes data edges and failure paths separately, both ways', () => {
    const doc = diagram({ a: 'service', q: 'queue', dlq: 'queue' }, ['a publish q', 'a failure dlq']);
    const g = buildGraph(doc);
    expect(g.dataOut[0]).toEqual([0]);
    expect(g.dataIn[1]).toEqual([0]);
    expect(g.failureOut[0]).toEqual([1]);
    expect(g.failureIn[2]).toEqual([1]);
    expect(g.dataIn[2]).toEqual([]);
  });

  it('keeps dangling edges out of the adjacency and marks the missing end -1', () => {
    const g = buildGraph(diagram({ a: 'service' }, ['a request ghost', 'ghost write a']));
    expect([g.source[0], g.target[0], g.source[1], g.target[1]]).toEqual([0, -1, -1, 0]);
    expect(g.dataOut[0]).toEqual([]);
    expect(g.dataIn[0]).toEqual([]);
  });

  it('orders nodes topologically even when the document lists them backwards', () => {
    const doc = diagram({ c: 'store', b: 'service', a: 'actor' }, ['b write c', 'a request b']);
    const g = buildGraph(doc);
    expect(ids(doc, g.order)).toEqual(['a', 'b', 'c']);
    expect(Array.from(g.rank)).toEqual([2, 1, 0]);
  });

  it('groups a cycle into one component, entered breadth-first from where data comes in', () => {
    const doc = diagram({ z: 'service', y: 'service', x: 'service', src: 'actor', sink: 'store' }, [
      'x request y', 'y request z', 'z request x', 'src request y', 'z write sink',
    ]);
    const g = buildGraph(doc);
    expect(ids(doc, g.order)).toEqual(['src', 'y', 'z', 'x', 'sink']);
    const cycle = g.component[doc.nodes.findIndex((n) => n.id === 'x')]!;
    expect(['x', 'y', 'z'].map((id) => g.component[doc.nodes.findIndex((n) => n.id === id)])).toEqual([cycle, cycle, cycle]);
    expect(g.componentStart[cycle + 1]! - g.componentStart[cycle]!).toBe(3);
  });

  it('handles self-loops, an empty document and a cycle nothing enters', () => {
    expect(buildGraph(diagram({})).order).toHaveLength(0);
    const loop = buildGraph(diagram({ a: 'service', b: 'service' }, ['a request a', 'a request b', 'b request a']));
    expect(Array.from(loop.order)).toEqual([0, 1]);
  });

  it('does not overflow the stack on a long chain', () => {
    const n = LIMITS.nodes;
    const nodes = Object.fromEntries(Array.from({ length: n }, (_, i) => [`n${i}`, 'service' as const]));
    const edges = Array.from({ length: n - 1 }, (_, i) => `n${i + 1} request n${i}`);
    const g = buildGraph(diagram(nodes, edges));
    expect(g.order[0]).toBe(n - 1);
    expect(g.order[n - 1]).toBe(0);
  });
});
