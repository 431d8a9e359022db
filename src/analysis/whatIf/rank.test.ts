import { describe, expect, it } from 'vitest';
import { fanOut } from '../../templates';
import { diagram, withFacts } from '../testing';
import { rankSinglePointsOfFailure } from './rank';

describe('rankSinglePointsOfFailure', () => {
  it('ranks by how many other nodes a fault breaks silently, most first, and leaves out actors and harmless nodes', () => {
    const doc = diagram({ user: 'actor', a: 'service', q: 'queue', b: ['service', { deadLetter: true, transforms: ['validate'] }], db: 'store' },
      ['user request a', 'a publish q', 'q consume b', 'b write db']);
    const ranked = rankSinglePointsOfFailure(doc);
    expect(ranked.map((r) => r.node)).toEqual(['a', 'q', 'b']);
    expect(ranked[0]).toEqual({ node: 'a', silent: ['q', 'b', 'db'], worstFault: 'drop', byFault: { down: 0, slow: 0, duplicate: 0, drop: 3, schema: 1 } });
    expect(ranked[1]!.byFault.schema).toBe(0);
  });

  it('ranks a node lower once what it breaks is caught', () => {
    const before = rankSinglePointsOfFailure(fanOut).find((r) => r.node === 'consumerC')!;
    expect(before.byFault).toMatchObject({ down: 1, drop: 1 });
    const caught = rankSinglePointsOfFailure(withFacts(fanOut, 'elastic', { reconciliation: true })).find((r) => r.node === 'consumerC')!;
    expect(caught.byFault).toMatchObject({ down: 0, drop: 1 });
  });
});
