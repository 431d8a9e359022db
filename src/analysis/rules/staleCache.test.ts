import { describe, expect, it } from 'vitest';
import { check, diagram, withFacts } from '../testing';
import { staleCache } from './staleCache';

const truth = ['store', { entities: ['user'], sourceOfTruth: true }] as ['store', Record<string, unknown>];

describe('stale-cache', () => {
  const bare = diagram({ c: ['cache', { entities: ['user'] }] });

  it('warns about a cache with entities but no TTL or reconciliation, asking for either', () => {
    const [f] = check(staleCache, bare);
    expect(f).toMatchObject({ severity: 'warning', nodes: ['c'], message: 'c has no TTL and no reconciliation: an entry that misses an update stays wrong for good.' });
    expect(f!.unknowns.map((u) => u.fact)).toEqual(['ttlSeconds', 'reconciliation']);
  });

  it('clears with a TTL or reconciliation', () => {
    expect(check(staleCache, withFacts(bare, 'c', { ttlSeconds: 300 }))).toEqual([]);
    expect(check(staleCache, withFacts(bare, 'c', { reconciliation: true }))).toEqual([]);
  });

  it('warns about a writer that does not own the entity at its source of truth', () => {
    const doc = diagram({ owner: 'service', pg: truth, rogue: 'service', c: ['cache', { entities: ['user'], ttlSeconds: 60 }] }, [
      'owner write pg', 'rogue write c',
    ]);
    const [f] = check(staleCache, doc);
    expect(f).toMatchObject({ nodes: ['c', 'rogue'], edges: ['e2'] });
    expect(f!.message).toBe('rogue writes user into c without owning it at pg or reading it from there: readers can get a value the owner never wrote.');
    expect(f!.unknowns.map((u) => u.question)).toEqual(['Is c reconciled against pg?']);
    expect(check(staleCache, withFacts(doc, 'e2', { source: 'owner' }))).toEqual([]);
  });
});
