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

  describe('a cache filled from a store on a miss (cache-aside)', () => {
    const aside = diagram({
      shopper: 'actor', storefront: 'service', catalog: ['store', { entities: ['sku'] }], hot: ['cache', { entities: ['sku'] }],
    }, ['shopper request storefront', 'catalog read storefront', 'storefront write hot']);

    it('is not user input stored: the write carries what the service read from the store', () => {
      expect(check(validateInput, aside)).toEqual([]);
    });

    it('still flags what the service writes that it did not read from a store', () => {
      const basket = diagram({
        shopper: 'actor', storefront: 'service', catalog: ['store', { entities: ['sku'] }], carts: ['cache', { entities: ['basket'] }],
      }, ['shopper request storefront', 'catalog read storefront', 'storefront write carts']);
      expect(check(validateInput, basket).map((f) => f.nodes[0])).toEqual(['carts']);
    });
  });

  it('does not follow a request that carries only a key or a query', () => {
    const lookup = diagram({ reader: 'actor', api: 'service', memo: 'cache' }, [['reader request api', { keyOnly: true }], 'api write memo']);
    expect(check(validateInput, lookup)).toEqual([]);
    expect(check(validateInput, withFacts(lookup, 'e1', { keyOnly: false }))).toHaveLength(1);
  });
});
