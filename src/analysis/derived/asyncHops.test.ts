import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph';
import { diagram } from '../testing';
import { findAsyncHops, silentHops, unalertedQueues } from './asyncHops';

const doc = diagram(
  {
    a: 'service',
    q: 'queue',
    b: 'service',
    db: 'store',
    calm: ['queue', { lagAlert: true, deadLetter: true }],
    c: ['service', { deadLetter: true }],
    idle: 'queue',
    ops: 'external',
  },
  ['a publish q', 'q consume b', 'b write db', 'a publish calm', 'calm consume c', ['c failure ops', { mode: 'alert' }]],
);
const g = buildGraph(doc);

describe('async hops', () => {
  it('lists queues with consumers but no lag alert', () => {
    expect(unalertedQueues(g)).toEqual([1]);
    const alerted = diagram({ q: 'queue', b: 'service', ops: 'external' }, ['q consume b', ['q failure ops', { mode: 'alert' }]]);
    expect(unalertedQueues(buildGraph(alerted))).toEqual([]);
  });

  it('lists queues and consuming services with no dead-letter path', () => {
    expect(silentHops(g)).toEqual([1, 2]);
  });

  it('finds the nearest queue, unalerted queue and silent hop upstream of each node', () => {
    const hops = findAsyncHops(g);
    expect(Array.from(hops.behind.cause)).toEqual([-1, 1, 1, 1, 4, 4, -1, -1]);
    expect(Array.from(hops.unalerted.cause)).toEqual([-1, 1, 1, 1, -1, -1, -1, -1]);
    expect(Array.from(hops.silent.cause)).toEqual([-1, 1, 2, 2, -1, -1, -1, -1]);
  });
});
