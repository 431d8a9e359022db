import { describe, expect, it } from 'vitest';
import { check, diagram, withFacts } from '../testing';
import { fanOut } from './fanOut';

const doc = diagram({ q: 'queue', b: 'service', c: 'service' }, ['q consume b', 'q consume c']);
const ready = { idempotent: true, deadLetter: true };

describe('fan-out', () => {
  it('warns that one consumer can succeed while another fails, asking about retries and idempotency', () => {
    const [f] = check(fanOut, doc);
    expect(f).toMatchObject({ severity: 'warning', nodes: ['b', 'c', 'q'], edges: ['e1', 'e2'] });
    expect(f!.message).toBe('b and c all consume q: one can succeed while another fails. b and c cannot retry on their own (no dead-letter or retry path). Are b and c idempotent? Unknown. q may deliver a message more than once, so each consumer sees repeats.');
    expect(f!.unknowns.map((u) => `${u.target.id}.${u.fact}`)).toEqual(['q.delivery', 'b.deadLetter', 'b.idempotent', 'c.deadLetter', 'c.idempotent']);
  });

  it('is an error when a consumer is known not to be idempotent', () => {
    expect(check(fanOut, withFacts(withFacts(doc, 'b', ready), 'c', { idempotent: false, deadLetter: true }))).toEqual([
      expect.objectContaining({ severity: 'error', nodes: ['c', 'q'] }),
    ]);
  });

  it('clears when every consumer retries on its own and is idempotent', () => {
    expect(check(fanOut, withFacts(withFacts(doc, 'b', ready), 'c', ready))).toEqual([]);
  });

  it('accepts a drawn retry path and an idempotency key on the subscription instead', () => {
    const drawn = diagram({ q: 'queue', b: ['service', ready], c: 'service', dlq: 'queue' }, [
      'q consume b', ['q consume c', { idempotencyKey: true }], ['c failure dlq', { mode: 'dead-letter' }],
    ]);
    expect(check(fanOut, drawn)).toEqual([]);
  });
});
