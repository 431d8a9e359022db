import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../../model';
import { buildGraph } from '../graph';
import { diagram } from '../testing';
import { findDuplicates, repeatVerdict } from './duplicates';

function exposed(doc: FlowDocument) {
  const g = buildGraph(doc);
  const { causes, walk } = findDuplicates(g);
  return Object.fromEntries(
    doc.nodes.flatMap((n, i) => (walk.cause[i] === -1 ? [] : [[n.id, { cause: causes[walk.cause[i]!], via: doc.edges[walk.via[i]!]!.id }]])),
  );
}

describe('findDuplicates', () => {
  it('re-runs the whole synchronous chain behind a retried request', () => {
    const doc = diagram({ gw: 'gateway', v: 'service', a: 'service', q: ['queue', { delivery: 'exactly-once' }], db: 'store' }, [
      ['gw request v', { retries: 3 }], 'v request a', 'a publish q', 'a write db',
    ]);
    expect(exposed(doc)).toEqual({
      v: { cause: { kind: 'retry', edge: 0 }, via: 'e1' },
      a: { cause: { kind: 'retry', edge: 0 }, via: 'e2' },
    });
  });

  it('stops at an arrow that carries an idempotency key', () => {
    const doc = diagram({ gw: 'gateway', v: 'service', a: 'service' }, [
      ['gw request v', { retries: 3 }], ['v request a', { idempotencyKey: true }],
    ]);
    expect(Object.keys(exposed(doc))).toEqual(['v']);
    expect(exposed(diagram({ gw: 'gateway', v: 'service' }, [['gw request v', { retries: 3, idempotencyKey: true }]]))).toEqual({});
  });

  it('exposes the consumers of an at-least-once queue, certain only when the delivery is declared', () => {
    const doc = (delivery?: string) =>
      diagram({ q: ['queue', delivery ? { delivery } : {}], b: 'service', c: 'service' }, ['q consume b', ['q consume c', { idempotencyKey: true }]]);
    expect(exposed(doc('at-least-once'))).toEqual({ b: { cause: { kind: 'redelivery', queue: 0, certain: true }, via: 'e1' } });
    expect(exposed(doc())).toEqual({ b: { cause: { kind: 'redelivery', queue: 0, certain: false }, via: 'e1' } });
    expect(exposed(doc('exactly-once'))).toEqual({});
    expect(exposed(doc('at-most-once'))).toEqual({});
  });

  it('exposes the consumers of a retried publish, and of a retried consume on any queue', () => {
    const publish = diagram({ a: 'service', q: ['queue', { delivery: 'exactly-once' }], b: 'service' }, [['a publish q', { retries: 1 }], 'q consume b']);
    expect(exposed(publish)).toEqual({ b: { cause: { kind: 'retry', edge: 0 }, via: 'e2' } });
    const consume = diagram({ q: ['queue', { delivery: 'at-most-once' }], b: 'service' }, [['q consume b', { retries: 2 }]]);
    expect(exposed(consume)).toEqual({ b: { cause: { kind: 'redelivery', queue: 0, certain: true }, via: 'e1' } });
  });
});

describe('repeatVerdict', () => {
  const doc = diagram(
    { s: 'service', yes: ['service', { idempotent: true }], no: ['service', { idempotent: false }], x: 'external', db: 'store' },
    ['s request yes', 's request no', 's request x', ['s request x', { idempotencyKey: false }], 's write db'],
  );
  const g = buildGraph(doc);
  it('judges services by their idempotent fact and externals by the arrow’s idempotency key', () => {
    expect([repeatVerdict(g, 0, -1), repeatVerdict(g, 1, 0), repeatVerdict(g, 2, 1)]).toEqual(['unknown', 'safe', 'unsafe']);
    expect([repeatVerdict(g, 3, 2), repeatVerdict(g, 3, 3)]).toEqual(['unknown', 'unsafe']);
    expect(repeatVerdict(g, 4, 4)).toBeUndefined();
  });
});
