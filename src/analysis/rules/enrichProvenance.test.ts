import { describe, expect, it } from 'vitest';
import { check, diagram, withFacts } from '../testing';
import { enrichProvenance } from './enrichProvenance';

const doc = diagram({ a: 'service', api: 'external', b: ['service', { transforms: ['enrich'] }] }, ['a publish b', 'api read b']);

describe('enrich-provenance', () => {
  it('notes enrichment from an external API', () => {
    expect(check(enrichProvenance, doc)).toEqual([expect.objectContaining({ severity: 'info', nodes: ['b', 'api'], edges: ['e2'] })]);
  });

  it('says nothing when the node does not enrich, or enriches from no external', () => {
    expect(check(enrichProvenance, withFacts(doc, 'b', { transforms: ['map'] }))).toEqual([]);
    expect(check(enrichProvenance, withFacts(doc, 'e2', { source: 'a' }))).toEqual([]);
  });
});
