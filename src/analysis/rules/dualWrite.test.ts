import { describe, expect, it } from 'vitest';
import { check, diagram, withFacts } from '../testing';
import { sourceOfTruth } from './sourceOfTruth';
import { dualWrite } from './dualWrite';

describe('dual-write', () => {
  it('flags a handler that updates the database and calls the notifier', () => {
    const doc = diagram({ h: 'service', db: 'store', n: 'service' }, ['h write db', 'h request n']);
    const [f] = check(dualWrite, doc);
    expect(f).toMatchObject({ rule: 'dual-write', severity: 'error', nodes: ['h', 'db', 'n'], edges: ['e1', 'e2'] });
    expect(f!.message).toMatch(/^h writes db and calls n in one step/);
    expect(f!.fix).toMatch(/^Write once \(to db\)/);
  });

  it('clears when the change event drives the call instead', () => {
    const doc = diagram({ h: 'service', db: 'store', q: 'queue', on: 'service', n: 'service' }, [
      'h write db', 'db cdc q', 'q consume on', 'on request n',
    ]);
    expect(check(dualWrite, doc)).toEqual([]);
  });

  it('flags a step that charges an external API and publishes, with no store written', () => {
    const doc = diagram({ checkout: 'service', psp: 'external', receipts: 'queue' }, ['checkout request psp', 'checkout publish receipts']);
    const [f] = check(dualWrite, doc);
    expect(f).toMatchObject({ severity: 'error', nodes: ['checkout', 'psp', 'receipts'] });
    expect(f!.message).toMatch(/^checkout calls psp and publishes to receipts in one step/);
    expect(f!.fix).toMatch(/^Record the intent once/);
  });

  it('flags a step that publishes to two topics', () => {
    const doc = diagram({ cron: 'scheduler', audit: 'queue', billing: 'queue' }, ['cron publish audit', 'cron publish billing']);
    expect(check(dualWrite, doc)).toEqual([expect.objectContaining({ severity: 'error', nodes: ['cron', 'audit', 'billing'] })]);
  });

  describe('a saga step', () => {
    const saga = diagram({
      commands: 'queue', reserve: 'service', stock: 'service', wallet: 'external', undo: 'service',
    }, [
      'commands consume reserve', ['reserve request stock', {}], ['reserve request wallet', { idempotencyKey: true }],
      ['reserve failure undo', { mode: 'compensate' }],
    ]);
    const idempotentSaga = withFacts(saga, 'stock', { idempotent: true });

    it('is only a warning asking about isolation when every side effect is idempotent, it is re-driven from a log, and it compensates', () => {
      const [f] = check(dualWrite, idempotentSaga);
      expect(f).toMatchObject({ severity: 'warning', nodes: ['reserve', 'stock', 'wallet'] });
      expect(f!.message).not.toMatch(/repeats what already worked/);
      expect(f!.unknowns).toEqual([expect.objectContaining({ target: { type: 'node', id: 'reserve' }, fact: 'isolation' })]);
      expect(check(dualWrite, withFacts(idempotentSaga, 'reserve', { isolation: true }))).toEqual([]);
    });

    it('stays an error when a participant is not known to be idempotent, or nothing compensates', () => {
      expect(check(dualWrite, saga)[0]).toMatchObject({ severity: 'error' });
      expect(check(dualWrite, withFacts(idempotentSaga, 'e4', { mode: 'retry' }))[0]).toMatchObject({ severity: 'error' });
    });
  });

  it('reports the unreconciled copy a dual write keeps beside its truth as its consequence, not as a second finding', () => {
    const doc = diagram({
      signup: 'service', accounts: ['store', { entities: ['member'], sourceOfTruth: true }], directory: ['store', { entities: ['member'] }],
    }, ['signup write accounts', 'signup write directory']);
    const [f] = check(dualWrite, doc);
    expect(f!.message).toMatch(/directory is a copy of accounts’s data kept only by this step/);
    expect(f!.unknowns).toEqual([expect.objectContaining({ target: { type: 'node', id: 'directory' }, fact: 'reconciliation' })]);
    expect(check(sourceOfTruth, doc)).toEqual([]);
  });
});
