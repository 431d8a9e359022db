import { describe, expect, it } from 'vitest';
import { check, diagram, withFacts } from '../testing';
import { readYourWrites } from './readYourWrites';

const profile = diagram({
  settings: 'service', primary: ['store', { entities: ['prefs'] }], stream: 'queue', warmer: 'service', nearCache: ['cache', { entities: ['prefs'] }],
}, ['settings write primary', 'primary cdc stream', 'stream consume warmer', 'warmer write nearCache', 'nearCache read settings']);

describe('read-your-writes', () => {
  it('warns about a service that reads its own writes back from a copy fed asynchronously, asking whether lag is fine', () => {
    const [f, ...rest] = check(readYourWrites, profile);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', nodes: ['settings', 'nearCache', 'primary'], edges: ['e1', 'e5'] });
    expect(f!.unknowns).toEqual([expect.objectContaining({ target: { type: 'edge', id: 'e5' }, fact: 'toleratesLag' })]);
  });

  it('is an error when the read cannot lag, and clears when it can', () => {
    expect(check(readYourWrites, withFacts(profile, 'e5', { toleratesLag: false }))[0]).toMatchObject({ severity: 'error' });
    expect(check(readYourWrites, withFacts(profile, 'e5', { toleratesLag: true }))).toEqual([]);
  });

  it('flags a replica too, but not a read from the store written, nor a cache the service fills itself', () => {
    const replica = diagram({ svc: 'service', main: 'store', standby: 'store' }, ['svc write main', 'main replicate standby', 'standby read svc']);
    expect(check(readYourWrites, replica)).toHaveLength(1);
    const direct = diagram({ svc: 'service', main: 'store' }, ['svc write main', 'main read svc']);
    expect(check(readYourWrites, direct)).toEqual([]);
    const aside = diagram({ svc: 'service', main: 'store', memo: 'cache' }, ['svc write main', 'main read svc', 'svc write memo', 'memo read svc']);
    expect(check(readYourWrites, aside)).toEqual([]);
  });
});
