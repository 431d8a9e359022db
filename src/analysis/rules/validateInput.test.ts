import { describe, expect, it } from 'vitest';
import { check, diagram, withFacts } from '../testing';
import { validateInput } from './validateInput';

const doc = diagram({ u: 'actor', gw: 'gateway', svc: 'service', db: 'store' }, ['u request gw', 'gw request svc', 'svc write db']);

describe('validate-input', () => {
  it('flags user input stored without passing a validating step, with its path', () => {
    expect(check(validateInput, doc)).toEqual([expect.objectContaining({
      severity: 'error',
      nodes: ['db', 'u', 'gw', 'svc'],
      edges: ['e1', 'e2', 'e3'],
      message: 'User input from u reaches db without passing a validating step (u → gw → svc → db).',
    })]);
  });

  it('clears when a node on the way validates', () => {
    expect(check(validateInput, withFacts(doc, 'svc', { transforms: ['validate'] }))).toEqual([]);
    expect(check(validateInput, withFacts(doc, 'gw', { transforms: ['map', 'validate'] }))).toEqual([]);
  });

  it('flags caches too, but not input that never reaches a store', () => {
    const cached = diagram({ u: 'actor', svc: 'service', c: 'cache', n: 'service' }, ['u request svc', 'svc write c', 'svc request n']);
    expect(check(validateInput, cached).map((f) => f.nodes[0])).toEqual(['c']);
  });
});
