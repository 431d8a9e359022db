import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph';
import { diagram } from '../testing';
import { carriedEntities, indexEntities, truthsOf } from './entities';

describe('indexEntities', () => {
  const doc = diagram(
    {
      orders: 'service',
      pg: ['store', { entities: ['order'], sourceOfTruth: true }],
      changes: 'queue',
      indexer: 'service',
      es: 'store',
      cache: 'cache',
      mirror: 'store',
    },
    [
      'orders write pg',
      ['orders write cache', { entities: ['order', 'price'] }],
      'pg cdc changes',
      'changes consume indexer',
      ['indexer write es', { entities: ['order'] }],
      'pg replicate mirror',
    ],
  );
  const g = buildGraph(doc);
  const at = (id: string) => g.indexOf.get(id)!;
  const entities = indexEntities(g);

  it('knows what each store and cache holds, declared or carried in', () => {
    expect(entities.held[at('pg')]).toEqual(['order']);
    expect(entities.held[at('cache')]).toEqual(['order', 'price']);
    expect(entities.held[at('es')]).toEqual(['order']);
    expect(entities.held[at('mirror')]).toEqual(['order']);
    expect(entities.held[at('orders')]).toEqual([]);
  });

  it('lists the writers of each entity and the owners at its source of truth', () => {
    expect(entities.writes.get('order')!.map((w) => [doc.nodes[w.writer]!.id, doc.nodes[w.store]!.id])).toEqual([
      ['orders', 'pg'], ['orders', 'cache'], ['indexer', 'es'],
    ]);
    expect(entities.truths.get('order')).toEqual([at('pg')]);
    expect([...entities.owners.get('order')!]).toEqual([at('orders')]);
    expect(entities.owners.get('price')).toBeUndefined();
    expect(entities.writers.get(at('cache'))).toEqual(new Map([['order', new Set([at('orders')])], ['price', new Set([at('orders')])]]));
  });

  it('follows change events and replication from a source of truth downstream, but not plain writes', () => {
    expect(entities.derivedFrom[at('es')]!.items).toEqual([at('pg')]);
    expect(entities.derivedFrom[at('mirror')]!.items).toEqual([at('pg')]);
    expect(entities.derivedFrom[at('cache')]!.items).toEqual([]);
  });

  it('names the first few sources of truth of some entities', () => {
    expect(truthsOf(entities, ['price', 'order'])).toEqual([at('pg')]);
    expect(truthsOf(entities, ['order'], 0)).toEqual([]);
  });

  it('reads an arrow’s entities from the arrow, else from the store it writes or copies from', () => {
    expect(carriedEntities(g, 0)).toEqual(['order']);
    expect(carriedEntities(g, 5)).toEqual(['order']);
    expect(carriedEntities(g, 3)).toEqual([]);
  });
});
