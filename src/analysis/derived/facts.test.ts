import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph';
import { diagram } from '../testing';
import { consumeEdges, hasDeadLetterPath, hasLagAlert, isCopyKind, isOrigin, retriesAlone, transformsData, transformsOf, validates } from './facts';

const doc = diagram(
  {
    user: 'actor',
    svc: ['service', { transforms: ['validate', 'map'], deadLetter: true }],
    gw: ['gateway', { transforms: ['enrich'] }],
    q: ['queue', { lagAlert: true }],
    b: 'service',
    ops: 'external',
    db: 'store',
    dlq: 'queue',
    lone: 'service',
  },
  ['user request gw', 'gw request svc', 'svc publish q', 'q consume b', 'q read b', ['b failure ops', { mode: 'alert' }], ['b failure dlq', { mode: 'retry' }], 'b write db'],
);
const g = buildGraph(doc);
const at = (id: string) => g.indexOf.get(id)!;

describe('node facts', () => {
  it('reads transforms from services and gateways only', () => {
    expect(transformsOf(doc.nodes[at('svc')]!)).toEqual(['validate', 'map']);
    expect([transformsData(doc.nodes[at('gw')]!), validates(doc.nodes[at('gw')]!), validates(doc.nodes[at('svc')]!)]).toEqual([true, false, true]);
    expect(transformsOf(doc.nodes[at('db')]!)).toEqual([]);
  });

  it('counts origin kinds and nodes no arrow at all leads into as origins', () => {
    expect(['user', 'ops', 'lone', 'svc', 'dlq'].map((id) => isOrigin(g, at(id)))).toEqual([true, true, true, false, false]);
  });

  it('finds dead-letter, retry and alert paths, declared or drawn', () => {
    expect(['svc', 'b', 'q', 'db'].map((id) => hasDeadLetterPath(g, at(id)))).toEqual([true, true, false, false]);
    expect(['svc', 'b', 'q'].map((id) => retriesAlone(g, at(id)))).toEqual([true, true, false]);
    expect(hasLagAlert(g, at('q'))).toBe(true);
    expect(hasLagAlert(g, at('dlq'))).toBe(false);
  });

  it('lists the consume arrows out of a queue and tells stores and caches apart', () => {
    expect(consumeEdges(g, at('q'))).toEqual([3]);
    expect([isCopyKind(doc.nodes[at('db')]!), isCopyKind(doc.nodes[at('q')]!)]).toEqual([true, false]);
  });
});
