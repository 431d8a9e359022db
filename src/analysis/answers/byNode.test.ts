import { describe, expect, it } from 'vitest';
import { contextOf, diagram } from '../testing';
import { nodeLookups, othersThan } from './byNode';

describe('nodeLookups', () => {
  const ctx = contextOf(diagram(
    { h: 'service', db: ['store', { entities: ['o'] }], n: 'service', q: 'queue', b: 'service', c: 'service', es: ['store', { entities: ['o'] }], rc: ['cache', { entities: ['o'] }] },
    ['h write db', 'h request n', 'q consume b', 'q consume c', 'c write es'],
  ));
  const lookups = nodeLookups(ctx);

  it('indexes dual writes by writer and target, fan-outs by consumer, copies by member, caches and contracts by node', () => {
    expect([0, 1, 2].map((i) => lookups.dualWrites.get(i)?.length)).toEqual([1, 1, 1]);
    expect(lookups.fanOuts.get(4)).toEqual(ctx.fanOuts);
    expect(lookups.copies.get(6)).toEqual(ctx.copies);
    expect(lookups.caches.get(7)).toEqual(ctx.caches[0]);
    expect(lookups.contracts.get(3)).toEqual(ctx.contracts[0]);
    expect(lookups.fanOuts.get(0)).toBeUndefined();
  });

  it('builds once per context', () => {
    expect(nodeLookups(ctx)).toBe(lookups);
  });
});

describe('othersThan', () => {
  it('takes a bounded number of the others', () => {
    expect(othersThan([1, 2, 3, 4], 2)).toEqual([1, 3, 4]);
    expect(othersThan([1, 2, 3, 4, 5], 1, 2)).toEqual([2, 3]);
  });
});
