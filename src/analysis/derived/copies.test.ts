import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../../model';
import { buildGraph } from '../graph';
import { diagram } from '../testing';
import { copyGroups, sharedItem } from './copies';
import { indexEntities } from './entities';

function groupsOf(doc: FlowDocument) {
  const g = buildGraph(doc);
  const id = (i: number) => doc.nodes[i]!.id;
  return copyGroups(g, indexEntities(g)).map((group) => ({
    what: group.what.map((w) => sharedItem(g, w)),
    members: group.members.map(id),
    truths: group.truths.map(id),
    copies: group.copies.map((c) => ({ node: id(c.node), derived: c.derived })),
  }));
}

describe('copyGroups', () => {
  it('groups stores and caches sharing an entity, merging entities they all share', () => {
    const doc = diagram({
      pg: ['store', { entities: ['order', 'customer'] }],
      es: ['store', { entities: ['order', 'customer'] }],
      redis: ['cache', { entities: ['order'] }],
      other: ['store', { entities: ['invoice'] }],
    });
    expect(groupsOf(doc)).toEqual([
      { what: ['order'], members: ['pg', 'es', 'redis'], truths: [], copies: [] },
      { what: ['customer'], members: ['pg', 'es'], truths: [], copies: [] },
    ]);
  });

  it('infers shared data from lineage when stores declare no entities: same queue, same writer, or copied', () => {
    const doc = diagram(
      { q: 'queue', b: 'service', c: 'service', pg: 'store', es: 'store', w: 'service', s1: 'store', s2: 'cache', src: 'store', dst: 'store' },
      ['q consume b', 'q consume c', 'b write pg', 'c write es', 'w write s1', 'w write s2', 'src replicate dst'],
    );
    expect(groupsOf(doc).map((g) => [g.what, g.members])).toEqual([
      [['the data from q'], ['pg', 'es']],
      [['the data from w'], ['s1', 's2']],
      [['the data from src'], ['src', 'dst']],
    ]);
  });

  it('with one source of truth, lists the other stores and whether change events feed them from it', () => {
    const doc = diagram(
      {
        svc: 'service',
        pg: ['store', { entities: ['order'], sourceOfTruth: true }],
        changes: 'queue',
        indexer: 'service',
        es: ['store', { entities: ['order'] }],
        other: 'service',
        wh: ['store', { entities: ['order'] }],
        cache: ['cache', { entities: ['order'] }],
      },
      ['svc write pg', 'pg cdc changes', 'changes consume indexer', 'indexer write es', 'other write wh'],
    );
    expect(groupsOf(doc)).toEqual([
      { what: ['order'], members: ['pg', 'es', 'wh', 'cache'], truths: ['pg'], copies: [{ node: 'es', derived: true }, { node: 'wh', derived: false }] },
    ]);
  });
});
