import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../../model';
import { buildGraph } from '../graph';
import { diagram } from '../testing';
import { cacheStatuses } from './caches';
import { indexEntities } from './entities';

function statuses(doc: FlowDocument) {
  const g = buildGraph(doc);
  return cacheStatuses(g, indexEntities(g)).map((s) => ({
    cache: doc.nodes[s.cache]!.id,
    bounded: s.bounded,
    foreign: s.foreign.map((f) => `${doc.nodes[f.writer]!.id}:${f.entity}`),
  }));
}

const truth = ['store', { entities: ['order'], sourceOfTruth: true }] as ['store', Record<string, unknown>];

describe('cacheStatuses', () => {
  it('is unbounded without a TTL or reconciliation, and skips caches that hold nothing', () => {
    const doc = (facts: object) => diagram({ c: ['cache', { entities: ['order'], ...facts }], empty: 'cache' });
    expect(statuses(doc({}))).toEqual([{ cache: 'c', bounded: false, foreign: [] }]);
    expect(statuses(doc({ ttlSeconds: 60 }))[0]!.bounded).toBe(true);
    expect(statuses(doc({ reconciliation: true }))[0]!.bounded).toBe(true);
  });

  it('flags a writer that neither owns the entity at its source of truth nor reads it from there', () => {
    const doc = diagram(
      { owner: 'service', pg: truth, reader: 'service', rogue: 'service', c: ['cache', { entities: ['order'], ttlSeconds: 60 }] },
      ['owner write pg', 'owner write c', 'pg read reader', 'reader write c', 'rogue write c'],
    );
    expect(statuses(doc)).toEqual([{ cache: 'c', bounded: true, foreign: ['rogue:order'] }]);
  });

  it('accepts a writer fed by the source of truth’s change events, and any writer of a reconciled cache', () => {
    const doc = (facts: object) =>
      diagram({ pg: truth, q: 'queue', w: 'service', rogue: 'service', c: ['cache', { entities: ['order'], ...facts }] }, [
        'pg cdc q', 'q consume w', 'w write c', 'rogue write c',
      ]);
    expect(statuses(doc({}))[0]!.foreign).toEqual(['rogue:order']);
    expect(statuses(doc({ reconciliation: true }))[0]!.foreign).toEqual([]);
  });

  it('cannot judge writers while the entity has no source of truth', () => {
    const doc = diagram({ w: 'service', c: ['cache', { entities: ['order'] }] }, ['w write c']);
    expect(statuses(doc)[0]!.foreign).toEqual([]);
  });
});
