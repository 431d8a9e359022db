import { describe, expect, it } from 'vitest';
import { check, diagram, withFacts } from '../testing';
import { sourceOfTruth } from './sourceOfTruth';

const fanOut = diagram(
  { q: 'queue', b: 'service', c: 'service', pg: ['store', { entities: ['order'] }], es: ['store', { entities: ['order'] }] },
  ['q consume b', 'q consume c', 'b write pg', 'c write es'],
);

const viaChangeEvents = diagram(
  {
    svc: 'service',
    pg: ['store', { entities: ['order'], sourceOfTruth: true }],
    changes: 'queue',
    indexer: 'service',
    es: ['store', { entities: ['order'] }],
  },
  ['svc write pg', 'pg cdc changes', 'changes consume indexer', 'indexer write es'],
);

describe('source-of-truth', () => {
  it('flags stores holding the same data with no source of truth, asking which one it is', () => {
    const copied = diagram({ q: 'queue', b: 'service', pg: ['store', { entities: ['order'] }], es: ['store', { entities: ['order'] }] }, [
      'q consume b', 'b write pg', 'pg replicate es',
    ]);
    const [f, ...rest] = check(sourceOfTruth, copied);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', nodes: ['pg', 'es'] });
    expect(f!.unknowns.map((u) => [u.target.id, u.fact])).toEqual([['pg', 'sourceOfTruth'], ['es', 'sourceOfTruth']]);
  });

  it('leaves stores with no truth that competing writers fill to single-writer, which reports both as one cause', () => {
    expect(check(sourceOfTruth, fanOut)).toEqual([]);
  });

  it('infers the shared data from lineage when no entities are declared', () => {
    const bare = diagram({ q: 'queue', b: 'service', c: 'service', pg: 'store', es: 'store' }, [
      'q consume b', 'q consume c', 'b write pg', 'c write es',
    ]);
    expect(check(sourceOfTruth, bare)[0]!.message).toMatch(/^pg and es both hold the data from q, and none/);
  });

  it('then flags a copy fed from elsewhere than the truth until it is reconciled', () => {
    const oneTruth = withFacts(fanOut, 'pg', { sourceOfTruth: true });
    const [f] = check(sourceOfTruth, oneTruth);
    expect(f).toMatchObject({ severity: 'error', nodes: ['es', 'pg'] });
    expect(f!.unknowns).toEqual([expect.objectContaining({ question: 'Is es reconciled against pg?', fact: 'reconciliation' })]);
    expect(check(sourceOfTruth, withFacts(oneTruth, 'es', { reconciliation: true }))).toEqual([]);
  });

  it('warns about a copy fed by change events from the truth until it is reconciled', () => {
    expect(check(sourceOfTruth, viaChangeEvents)).toEqual([expect.objectContaining({ severity: 'warning', nodes: ['es', 'pg'] })]);
    expect(check(sourceOfTruth, withFacts(viaChangeEvents, 'es', { reconciliation: true }))).toEqual([]);
  });

  it('counts an outbox polled by a relay as a change-event feed, like cdc', () => {
    const polled = diagram({
      bank: ['store', { entities: ['payment'], sourceOfTruth: true }], poller: 'service', events: 'queue', projector: 'service',
      statements: ['store', { entities: ['payment'] }],
    }, [['bank read poller', { relay: true }], 'poller publish events', 'events consume projector', 'projector write statements']);
    const [f, ...rest] = check(sourceOfTruth, polled);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', nodes: ['statements', 'bank'] });
    expect(f!.message).toMatch(/by change events/);
    expect(check(sourceOfTruth, withFacts(polled, 'statements', { reconciliation: true }))).toEqual([]);
    expect(check(sourceOfTruth, withFacts(polled, 'e1', { relay: false }))[0]).toMatchObject({ severity: 'error' });
  });

  it('calls a replica fed by replication what it is', () => {
    const replica = diagram({
      writer: 'service', primary: ['store', { entities: ['seat'], sourceOfTruth: true }], standby: ['store', { entities: ['seat'] }],
    }, ['writer write primary', 'primary replicate standby']);
    expect(check(sourceOfTruth, replica)[0]!.message).toBe('standby copies seat from primary by replication, but nothing reconciles it: a lost or reordered change leaves it wrong for good.');
  });

  it('flags two stores both marked the source of truth', () => {
    const two = withFacts(withFacts(fanOut, 'pg', { sourceOfTruth: true }), 'es', { sourceOfTruth: true });
    expect(check(sourceOfTruth, two)).toEqual([expect.objectContaining({ severity: 'error', nodes: ['pg', 'es'], unknowns: [] })]);
  });

  it('leaves a cache next to its source of truth to the stale-cache rule', () => {
    const cached = diagram({ pg: ['store', { entities: ['user'], sourceOfTruth: true }], redis: ['cache', { entities: ['user'] }] });
    expect(check(sourceOfTruth, cached)).toEqual([]);
  });
});
