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

  it('shows only the hops nearest the store of a long path', () => {
    const hops = Array.from({ length: 8 }, (_, i) => `s${i}`);
    const long = diagram(
      Object.fromEntries([['u', 'actor'], ...hops.map((id) => [id, 'service']), ['db', 'store']]),
      ['u request s0', ...hops.slice(1).map((id, i) => `s${i} request ${id}`), 's7 write db'],
    );
    expect(check(validateInput, long)[0]!.message).toBe('User input from u reaches db without passing a validating step (u → … → s2 → s3 → s4 → s5 → s6 → s7 → db).');
  });

  it('flags caches too, but not input that never reaches a store', () => {
    const cached = diagram({ u: 'actor', svc: 'service', c: 'cache', n: 'service' }, ['u request svc', 'svc write c', 'svc request n']);
    expect(check(validateInput, cached).map((f) => f.nodes[0])).toEqual(['c']);
  });
});
