import { describe, expect, it } from 'vitest';
import { check, diagram, withFacts } from '../testing';
import { retryDuplicates } from './retryDuplicates';

const gatewayRetries = diagram({ gw: 'gateway', v: 'service', a: 'service' }, [['gw request v', { retries: 3 }], 'v request a']);

describe('retry-duplicates', () => {
  it('warns that a gateway retry re-runs the whole synchronous chain, asking who is idempotent', () => {
    const [f, ...rest] = check(retryDuplicates, gatewayRetries);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', nodes: ['v', 'a'], edges: ['e1', 'e2'] });
    expect(f!.message).toBe('gw retries its call to v up to 3 times; each retry runs v and a again. Are v and a idempotent? Unknown.');
    expect(f!.unknowns.map((u) => u.question)).toEqual(['Is v idempotent?', 'Is a idempotent?']);
  });

  it('is an error once a re-run node is known not to be idempotent', () => {
    const [f] = check(retryDuplicates, withFacts(gatewayRetries, 'a', { idempotent: false }));
    expect(f).toMatchObject({ severity: 'error', nodes: ['v', 'a'] });
    expect(f!.message).toMatch(/a is not idempotent\. Is v idempotent\? Unknown\.$/);
  });

  it('clears when every re-run node is idempotent, or the retried call carries an idempotency key', () => {
    expect(check(retryDuplicates, withFacts(withFacts(gatewayRetries, 'v', { idempotent: true }), 'a', { idempotent: true }))).toEqual([]);
    expect(check(retryDuplicates, withFacts(gatewayRetries, 'e1', { idempotencyKey: true }))).toEqual([]);
  });

  it('warns about the consumers of an at-least-once queue, asking the delivery when it is unknown', () => {
    const doc = diagram({ q: 'queue', b: 'service', sink: 'store' }, ['q consume b', 'b write sink']);
    const [f] = check(retryDuplicates, doc);
    expect(f).toMatchObject({ severity: 'warning', nodes: ['b'] });
    expect(f!.unknowns.map((u) => u.fact)).toEqual(['delivery', 'idempotent']);
    expect(check(retryDuplicates, withFacts(doc, 'q', { delivery: 'at-least-once' }))[0]!.unknowns.map((u) => u.fact)).toEqual(['idempotent']);
    expect(check(retryDuplicates, withFacts(doc, 'q', { delivery: 'at-most-once' }))).toEqual([]);
  });

  it('leaves a redelivery that re-runs only fan-out consumers to the fan-out finding', () => {
    const shared = diagram({ q: 'queue', b: 'service', c: ['service', { idempotent: true }] }, ['q consume b', 'q consume c']);
    expect(check(retryDuplicates, shared)).toEqual([]);
  });

  it('says an external API cannot be made idempotent by us, and to deduplicate a provider’s webhook on its event id', () => {
    const call = diagram({ svc: 'service', pay: 'external' }, [['svc request pay', { retries: 2 }]]);
    expect(check(retryDuplicates, call)[0]!.fix).toBe('pay is an external API: we cannot make it idempotent — send an idempotency key on the call (idempotencyKey).');
    const hook = diagram({ psp: 'external', hooks: 'service' }, [['psp request hooks', { retries: 5 }]]);
    expect(check(retryDuplicates, hook)[0]!.fix).toBe('psp retries its webhook: deduplicate on the provider’s event id in hooks (idempotent).');
  });

  it('asks for an idempotency key on a retried call into an external API', () => {
    const doc = diagram({ svc: 'service', pay: 'external' }, [['svc request pay', { retries: 2 }]]);
    const [f] = check(retryDuplicates, doc);
    expect(f!.unknowns).toEqual([expect.objectContaining({ target: { type: 'edge', id: 'e1' }, fact: 'idempotencyKey' })]);
    expect(check(retryDuplicates, withFacts(doc, 'e1', { idempotencyKey: true }))).toEqual([]);
  });

  it('follows a retried publish to the consumers of the queue', () => {
    const doc = diagram({ a: 'service', q: ['queue', { delivery: 'exactly-once' }], b: ['service', { idempotent: false }] }, [
      ['a publish q', { retries: 1 }], 'q consume b',
    ]);
    expect(check(retryDuplicates, doc)).toEqual([expect.objectContaining({ severity: 'error', nodes: ['b'], edges: ['e1', 'e2'] })]);
  });
});
