import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph';
import { diagram } from '../testing';
import { rawUserInput } from './rawInput';

describe('rawUserInput', () => {
  it('reaches everything downstream of an actor up to and including the first validating node', () => {
    const doc = diagram({ u: 'actor', gw: 'gateway', v: ['service', { transforms: ['validate'] }], db: 'store', log: 'store' }, [
      'u request gw', 'gw request v', 'v write db', 'gw write log',
    ]);
    expect(Array.from(rawUserInput(buildGraph(doc)).cause)).toEqual([0, 0, 0, -1, 0]);
  });

  it('treats a gateway that validates as a validator', () => {
    const doc = diagram({ u: 'actor', gw: ['gateway', { transforms: ['validate'] }], db: 'store' }, ['u request gw', 'gw write db']);
    expect(rawUserInput(buildGraph(doc)).cause[2]).toBe(-1);
  });
});
