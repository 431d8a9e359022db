import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph';
import { diagram } from '../testing';
import { LISTED_ORIGINS, ORIGIN_BITS, findOrigins } from './origins';

describe('findOrigins', () => {
  it('finds actors, externals, schedulers and nodes nothing leads into, upstream of each node', () => {
    const doc = diagram({ user: 'actor', api: 'external', job: 'scheduler', legacy: 'store', svc: 'service', db: 'store' }, [
      'user request svc', 'api read svc', 'job request svc', 'legacy read svc', 'svc write db',
    ]);
    const origins = findOrigins(buildGraph(doc));
    expect(origins.sources[5]).toEqual({ items: [0, 1, 2, 3], more: false });
    expect(origins.kinds[5]).toBe(ORIGIN_BITS.actor | ORIGIN_BITS.external | ORIGIN_BITS.scheduler | ORIGIN_BITS.born);
    expect(origins.sources[0]).toEqual({ items: [0], more: false });
  });

  it('counts an actor with arrows into it as an origin too', () => {
    const doc = diagram({ a: 'actor', s: 'service', b: 'actor' }, ['a request s', 's request b']);
    expect(findOrigins(buildGraph(doc)).sources[2]).toEqual({ items: [0, 2], more: false });
  });

  it('does not count a node fed only by a failure path as an origin', () => {
    const doc = diagram({ svc: ['service', { deadLetter: true }], dlq: 'queue', u: 'actor' }, ['u request svc', 'svc failure dlq']);
    expect(findOrigins(buildGraph(doc)).sources[1]).toEqual({ items: [], more: false });
  });

  it('names only the first origins but keeps every kind', () => {
    const actors = Object.fromEntries(Array.from({ length: LISTED_ORIGINS + 2 }, (_, i) => [`u${i}`, 'actor' as const]));
    const doc = diagram({ ...actors, job: 'scheduler', svc: 'service' }, [
      ...Object.keys(actors).map((id) => `${id} request svc`), 'job request svc',
    ]);
    const origins = findOrigins(buildGraph(doc));
    const svc = doc.nodes.length - 1;
    expect(origins.sources[svc]!.items).toHaveLength(LISTED_ORIGINS);
    expect(origins.sources[svc]!.more).toBe(true);
    expect(origins.kinds[svc]).toBe(ORIGIN_BITS.actor | ORIGIN_BITS.scheduler);
  });
});
