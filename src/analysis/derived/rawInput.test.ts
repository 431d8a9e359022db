import { describe, expect, it } from 'vitest';
import { contextOf, diagram } from '../testing';

describe('rawUserInput', () => {
  it('reaches everything downstream of an actor up to and including the first validating node', () => {
    const doc = diagram({ u: 'actor', gw: 'gateway', v: ['service', { transforms: ['validate'] }], db: 'store', log: 'store' }, [
      'u request gw', 'gw request v', 'v write db', 'gw write log',
    ]);
    expect(Array.from(contextOf(doc).rawInput.cause)).toEqual([0, 0, 0, -1, 0]);
  });

  it('treats a gateway that validates as a validator', () => {
    const doc = diagram({ u: 'actor', gw: ['gateway', { transforms: ['validate'] }], db: 'store' }, ['u request gw', 'gw write db']);
    expect(contextOf(doc).rawInput.cause[2]).toBe(-1);
  });
});
