import { describe, expect, it } from 'vitest';
import { EDGE_FACTS, FACTS_BY_KIND, FACT_TEXT, KIND_SPEC, factInput } from './spec';
import { NODE_KINDS } from './schema';

describe('spec table', () => {
  it('derives each kind’s facts from the schema', () => {
    expect(FACTS_BY_KIND.service).toEqual(['transforms', 'idempotent', 'deadLetter', 'isolation']);
    expect(FACTS_BY_KIND.queue).toEqual(['delivery', 'deadLetter', 'lagAlert', 'orderMatters']);
    expect(FACTS_BY_KIND.actor).toEqual([]);
    expect(FACTS_BY_KIND.store).toEqual(['entities', 'sourceOfTruth', 'reconciliation', 'conflictResolution']);
    expect(EDGE_FACTS).toEqual(expect.arrayContaining(['retries', 'idempotencyKey', 'timeoutMs', 'schema', 'mode', 'entities', 'keyOnly', 'relay', 'toleratesLag', 'parallel']));
  });

  it('has words for every fact and a label and colour for every kind', () => {
    for (const fact of [...Object.values(FACTS_BY_KIND).flat(), ...EDGE_FACTS]) expect(FACT_TEXT[fact]?.hint, fact).toBeTruthy();
    for (const kind of NODE_KINDS) expect(KIND_SPEC[kind].colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(NODE_KINDS.map((kind) => KIND_SPEC[kind].colour)).size).toBe(NODE_KINDS.length);
  });

  it('reads how a fact is edited from its zod type', () => {
    expect(factInput('idempotent')).toEqual({ type: 'yes-no' });
    expect(factInput('delivery')).toEqual({ type: 'choice', choices: ['at-most-once', 'at-least-once', 'exactly-once'] });
    expect(factInput('transforms')).toEqual({ type: 'set', choices: ['validate', 'enrich', 'aggregate', 'filter', 'map'] });
    expect(factInput('entities')).toEqual({ type: 'list' });
    expect(factInput('ttlSeconds')).toEqual({ type: 'number' });
    expect(factInput('schema')).toEqual({ type: 'text' });
  });
});
