import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph';
import { diagram } from '../testing';
import { findDualWrites } from './dualWrites';

const dual = (edges: string[]) =>
  findDualWrites(buildGraph(diagram({ h: 'service', db: 'store', db2: 'store', n: 'service', q: 'queue', c: 'cache', x: 'external', q2: 'queue', u: 'actor' }, edges)));

describe('findDualWrites', () => {
  it('finds a write plus a call, a publish, or a second store', () => {
    expect(dual(['h write db', 'h request n'])).toEqual([{ node: 0, edges: [0, 1], targets: [1, 3] }]);
    expect(dual(['h write db', 'h publish q'])).toHaveLength(1);
    expect(dual(['h write db', 'h write c'])).toHaveLength(1);
    expect(dual(['h write db', 'h write db2'])).toHaveLength(1);
  });

  it('finds a step with no write that calls an external API and publishes, or publishes to two queues', () => {
    expect(dual(['h request x', 'h publish q'])).toEqual([{ node: 0, edges: [0, 1], targets: [6, 4] }]);
    expect(dual(['h publish q', 'h publish q2'])).toHaveLength(1);
    expect(dual(['h request x', 'h request n'])).toHaveLength(1);
    expect(dual(['h request n', 'h publish q'])).toHaveLength(1);
  });

  it('does not count a lookup that carries only a key as a side effect', () => {
    const doc = diagram({ h: 'service', geo: 'external', db: 'store' }, [['h request geo', { keyOnly: true }], 'h write db']);
    expect(findDualWrites(buildGraph(doc))).toEqual([]);
  });

  it('does not count one write, a step that only calls our own services, an actor’s calls, two arrows into the same store, or reads', () => {
    expect(dual(['h write db'])).toEqual([]);
    const router = diagram({ gw: 'gateway', a: 'service', b: 'service' }, ['gw request a', 'gw request b']);
    expect(findDualWrites(buildGraph(router))).toEqual([]);
    expect(dual(['u request x', 'u request h'])).toEqual([]);
    expect(dual(['h write db', 'h write db'])).toEqual([]);
    expect(dual(['h write db', 'db read h', 'db cdc q'])).toEqual([]);
  });
});
