import { describe, expect, it } from 'vitest';
import { check, diagram, withFacts } from '../testing';
import { poisonMessage } from './poisonMessage';

const meter = diagram({ readings: 'queue', billing: 'service' }, ['readings consume billing', ['billing failure readings', { mode: 'retry' }]]);

describe('poison-message', () => {
  it('warns about a consumer that retries in place with no dead-letter queue', () => {
    expect(check(poisonMessage, meter)).toEqual([expect.objectContaining({
      severity: 'warning', nodes: ['billing', 'readings'], edges: ['e1', 'e2'],
      unknowns: [expect.objectContaining({ target: { type: 'node', id: 'billing' }, fact: 'deadLetter' })],
    })]);
  });

  it('clears with a dead-letter queue on the consumer, on its queue, or a dead-letter path', () => {
    expect(check(poisonMessage, withFacts(meter, 'billing', { deadLetter: true }))).toEqual([]);
    expect(check(poisonMessage, withFacts(meter, 'readings', { deadLetter: true }))).toEqual([]);
    const parked = diagram({ readings: 'queue', billing: 'service', dlq: 'queue' }, [
      'readings consume billing', ['billing failure readings', { mode: 'retry' }], ['billing failure dlq', { mode: 'dead-letter' }],
    ]);
    expect(check(poisonMessage, parked)).toEqual([]);
  });

  it('leaves a consumer with no failure path at all to dead-letter', () => {
    const bare = diagram({ readings: 'queue', billing: 'service' }, [['readings consume billing', { retries: 5 }]]);
    expect(check(poisonMessage, bare)).toEqual([]);
  });
});
