import { describe, expect, it } from 'vitest';
import { check, diagram, withFacts } from '../testing';
import { singleWriter } from './singleWriter';

const twoStores = diagram(
  { b: 'service', c: 'service', pg: ['store', { entities: ['order'] }], es: ['store', { entities: ['order'] }] },
  ['b write pg', 'c write es'],
);

describe('single-writer', () => {
  it('flags two nodes writing one entity into different stores, asking which store is the truth', () => {
    const [f, ...rest] = check(singleWriter, twoStores);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'single-writer', severity: 'error', nodes: ['b', 'c', 'pg', 'es'], edges: ['e1', 'e2'] });
    expect(f!.message).toBe('b and c both write order into pg and es: with two writers nobody owns it, concurrent updates overwrite each other (the last write wins), and when it is wrong nobody is responsible. None of pg and es is marked its source of truth, so they will diverge and nobody can say which is right.');
    expect(f!.unknowns.map((u) => u.question)).toEqual(['Is pg the source of truth for order?', 'Is es the source of truth for order?']);
  });

  it('flags two writers of one entity in the same store', () => {
    const doc = diagram({ a: 'service', b: 'service', db: 'store' }, [['a write db', { entities: ['status'] }], ['b write db', { entities: ['status'] }]]);
    expect(check(singleWriter, doc)[0]!.message).toMatch(/^a and b both write status in db/);
  });

  it('says when the writers belong to different teams, their own or their boundary’s', () => {
    const doc = diagram({
      intake: ['service', { group: 'ops' }], portal: ['service', { owner: 'web' }], tickets: ['store', { entities: ['ticket'], sourceOfTruth: true }],
    }, ['intake write tickets', 'portal write tickets'], { ops: { owner: 'support' } });
    expect(check(singleWriter, doc)[0]!.message).toMatch(/They belong to different teams \(support and web\)\.$/);
  });

  it('clears when one of the stores is marked a projection, not the source of truth', () => {
    expect(check(singleWriter, withFacts(twoStores, 'es', { sourceOfTruth: false }))).toEqual([]);
  });

  it('does not count writes into a cache, or one writer writing twice', () => {
    const doc = diagram({ a: 'service', b: 'service', db: ['store', { entities: ['x'] }], c: ['cache', { entities: ['x'] }] }, [
      'a write db', 'a write db', 'b write c',
    ]);
    expect(check(singleWriter, doc)).toEqual([]);
  });
});
