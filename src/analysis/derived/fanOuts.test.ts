import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph';
import { diagram } from '../testing';
import { findFanOuts } from './fanOuts';

describe('findFanOuts', () => {
  it('finds a queue with two or more consumers and judges each service', () => {
    const doc = diagram(
      { q: 'queue', b: ['service', { idempotent: true, deadLetter: true }], c: 'service', d: 'store', dlq: 'queue' },
      ['q consume b', ['q consume c', { idempotencyKey: true }], 'q consume d', ['c failure dlq', { mode: 'retry' }]],
    );
    expect(findFanOuts(buildGraph(doc))).toEqual([
      {
        queue: 0,
        consumers: [
          { node: 1, edge: 0, judged: true, retriesAlone: true, idempotent: true },
          { node: 2, edge: 1, judged: true, retriesAlone: true, idempotent: true },
          { node: 3, edge: 2, judged: false, retriesAlone: false, idempotent: undefined },
        ],
      },
    ]);
  });

  it('does not count one consumer drawn twice, or an alert as a retry path', () => {
    const doc = diagram({ q: 'queue', b: 'service', ops: 'external' }, ['q consume b', 'q consume b', ['b failure ops', { mode: 'alert' }]]);
    expect(findFanOuts(buildGraph(doc))).toEqual([]);
    const two = diagram({ q: 'queue', b: 'service', c: ['service', { idempotent: false }], ops: 'external' }, [
      'q consume b', 'q consume c', ['b failure ops', { mode: 'alert' }],
    ]);
    expect(findFanOuts(buildGraph(two))[0]!.consumers.map((c) => [c.retriesAlone, c.idempotent])).toEqual([[false, undefined], [false, false]]);
  });
});
