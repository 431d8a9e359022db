import { describe, expect, it } from 'vitest';
import { check, diagram, withFacts } from '../testing';
import { ordering } from './ordering';

const ledger = diagram({ teller: 'service', moves: 'queue', poster: 'service', retryLater: 'queue' }, [
  ['teller publish moves', { retries: 2 }], ['moves consume poster', { parallel: true }], ['poster failure retryLater', { mode: 'retry' }],
]);

describe('ordering', () => {
  it('warns that retried publishes, parallel consumers and retry topics reorder a key’s messages, and asks whether order matters', () => {
    const [f, ...rest] = check(ordering, ledger);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', nodes: ['moves', 'teller', 'poster', 'retryLater'], edges: ['e1', 'e2', 'e3'] });
    expect(f!.message).toMatch(/teller retries its publish.*poster handles one key’s messages in parallel.*poster parks what it fails on in retryLater/);
    expect(f!.unknowns).toEqual([expect.objectContaining({ target: { type: 'node', id: 'moves' }, fact: 'orderMatters' })]);
  });

  it('is an error when order matters, and clears when it does not', () => {
    expect(check(ordering, withFacts(ledger, 'moves', { orderMatters: true }))[0]).toMatchObject({ severity: 'error' });
    expect(check(ordering, withFacts(ledger, 'moves', { orderMatters: false }))).toEqual([]);
  });

  it('says nothing about a queue nothing reorders', () => {
    const serial = diagram({ teller: 'service', moves: 'queue', poster: 'service' }, ['teller publish moves', 'moves consume poster']);
    expect(check(ordering, serial)).toEqual([]);
  });
});
