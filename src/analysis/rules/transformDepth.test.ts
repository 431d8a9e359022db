import { describe, expect, it } from 'vitest';
import { check, diagram, withFacts } from '../testing';
import { transformDepth } from './transformDepth';

const t = (transform: string) => ['service', { transforms: [transform] }] as ['service', Record<string, unknown>];
const doc = diagram({ u: 'actor', a: t('validate'), b: t('enrich'), c: t('aggregate'), d: t('map'), db: 'store' }, [
  'u request a', 'a request b', 'b request c', 'c request d', 'd write db',
]);

describe('transform-depth', () => {
  it('notes more than three transforming hops between origin and store, with the chain', () => {
    expect(check(transformDepth, doc)).toEqual([expect.objectContaining({
      severity: 'info',
      nodes: ['db', 'u', 'a', 'b', 'c', 'd'],
      message: 'Data reaches db after 4 transforming hops (u → a → b → c → d → db): when a value is wrong, each of them is a suspect.',
    })]);
  });

  it('says nothing at three hops', () => {
    expect(check(transformDepth, withFacts(doc, 'c', { transforms: [] }))).toEqual([]);
  });
});
