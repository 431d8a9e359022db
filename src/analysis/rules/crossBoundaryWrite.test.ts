import { describe, expect, it } from 'vitest';
import { check, diagram } from '../testing';
import { crossBoundaryWrite } from './crossBoundaryWrite';

const teams = { growth: { owner: 'growth' }, core: { owner: 'core' } };

describe('cross-boundary-write', () => {
  it('warns about a node in one team’s boundary writing a store another team owns', () => {
    const doc = diagram({
      campaigns: ['service', { group: 'growth' }], customers: ['store', { group: 'core' }], crm: ['service', { group: 'core' }],
    }, ['crm write customers', 'campaigns write customers'], teams);
    const [f, ...rest] = check(crossBoundaryWrite, doc);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', nodes: ['customers', 'campaigns'], edges: ['e2'] });
    expect(f!.message).toMatch(/^campaigns \(team growth\) writes into customers, which team core owns/);
  });

  it('clears when the owning team’s service does the write, and says nothing when an owner is unknown', () => {
    const owned = diagram({
      campaigns: ['service', { group: 'growth' }], customers: ['store', { group: 'core' }], crm: ['service', { group: 'core' }],
    }, ['campaigns request crm', 'crm write customers'], teams);
    expect(check(crossBoundaryWrite, owned)).toEqual([]);
    const unknown = diagram({ campaigns: 'service', customers: ['store', { owner: 'core' }] }, ['campaigns write customers']);
    expect(check(crossBoundaryWrite, unknown)).toEqual([]);
  });
});
