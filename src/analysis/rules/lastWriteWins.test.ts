import { describe, expect, it } from 'vitest';
import { check, diagram, withFacts } from '../testing';
import { lastWriteWins } from './lastWriteWins';

const regions = diagram({
  euApp: 'service', usApp: 'service', euDb: 'store', usDb: 'store',
}, ['euApp write euDb', 'usApp write usDb', 'euDb replicate usDb', 'usDb replicate euDb']);

describe('last-write-wins', () => {
  it('warns about copies written in two regions that replicate into each other, asking how conflicts are settled', () => {
    const [f, ...rest] = check(lastWriteWins, regions);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', nodes: ['euDb', 'usDb'], edges: ['e3', 'e4'] });
    expect(f!.unknowns.map((u) => `${u.target.id}.${u.fact}`)).toEqual(['euDb.conflictResolution', 'usDb.conflictResolution']);
  });

  it('stays when last-write-wins is the chosen settlement, and clears with a version check or a merge', () => {
    const lww = withFacts(withFacts(regions, 'euDb', { conflictResolution: 'last-write-wins' }), 'usDb', { conflictResolution: 'last-write-wins' });
    expect(check(lastWriteWins, lww)[0]!.message).toMatch(/silently drops the other/);
    const checked = withFacts(withFacts(regions, 'euDb', { conflictResolution: 'version-check' }), 'usDb', { conflictResolution: 'merge' });
    expect(check(lastWriteWins, checked)).toEqual([]);
  });

  it('says nothing about one-way replication, or a ring written in one place only', () => {
    const oneWay = diagram({ app: 'service', a: 'store', b: 'store' }, ['app write a', 'a replicate b']);
    expect(check(lastWriteWins, oneWay)).toEqual([]);
    const homed = diagram({ app: 'service', a: 'store', b: 'store' }, ['app write a', 'a replicate b', 'b replicate a']);
    expect(check(lastWriteWins, homed)).toEqual([]);
  });
});
