import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph';
import { diagram } from '../testing';
import { findDualWrites } from './dualWrites';

const dual = (edges: string[]) =>
  findDualWrites(buildGraph(diagram({ h: 'service', db: 'store', db2: 'store', n: 'service', q: 'queue', c: 'cache' }, edges)));

describe('findDualWrites', () => {
  it('finds a write plus a call, a publish, or a second store', () => {
    expect(dual(['h write db', 'h request n'])).toEqual([{ node: 0, edges: [0, 1], targets: [1, 3] }]);
    expect(dual(['h write db', 'h publish q'])).toHaveLength(1);
    expect(dual(['h write db', 'h write c'])).toHaveLength(1);
    expect(dual(['h write db', 'h write db2'])).toHaveLength(1);
  });

  it('does not count one write, calls without a write, two arrows into the same store, or reads', () => {
    expect(dual(['h write db'])).toEqual([]);
    expect(dual(['h request n', 'h publish q'])).toEqual([]);
    expect(dual(['h write db', 'h write db'])).toEqual([]);
    expect(dual(['h write db', 'db read h', 'db cdc q'])).toEqual([]);
  });
});
