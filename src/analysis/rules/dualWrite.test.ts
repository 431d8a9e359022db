import { describe, expect, it } from 'vitest';
import { check, diagram } from '../testing';
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
});
