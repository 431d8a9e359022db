import { describe, expect, it } from 'vitest';
import { diagram } from '../testing';

type Facts = Record<string, unknown>;
import { effects, onEdge, onNode, stopsAt, toldAbout } from './testing';

describe('a drop', () => {
  const doc = (source: Facts = {}, copy: Facts = {}) => diagram(
    { s: ['service', source], db: ['store', { entities: ['order'], ...copy }], truth: ['store', { entities: ['order'], sourceOfTruth: true }], w: 'service' },
    ['s write db', 'w write truth'],
  );

  it('with no dead-letter path is lost downstream, silently', () => {
    const r = onNode(doc(), 's', 'drop');
    expect(effects(r, 'db')).toEqual(['lost']);
    expect(r.silent).toEqual(['db']);
    expect(r.steps[0]!.mitigation).toEqual({ target: { type: 'node', id: 's' }, fact: 'deadLetter', value: true });
  });

  it('with a dead-letter path is kept, and someone is told', () => {
    const r = onNode(doc({ deadLetter: true }), 's', 'drop');
    expect(effects(r, 'db')).toEqual([]);
    expect(stopsAt(r, 's')).toEqual(['dead-letter']);
    expect(r.silent).toEqual([]);
    expect(r.steps[0]!.told).toEqual({ how: 'dead-letter', by: 's' });
  });

  it('is recovered by a copy reconciled against its source of truth', () => {
    const r = onNode(doc({}, { reconciliation: true }), 's', 'drop');
    expect(effects(r, 'db')).toEqual([]);
    expect(stopsAt(r, 'db')).toEqual(['reconciliation']);
  });

  it('on an arrow loses what it carries, unless its source dead-letters', () => {
    expect(effects(onEdge(doc(), 'e1', 'drop'), 'db')).toEqual(['lost']);
    const kept = onEdge(doc({ deadLetter: true }), 'e1', 'drop');
    expect(effects(kept, 'db')).toEqual([]);
    expect(stopsAt(kept, 'e1')).toEqual(['dead-letter']);
  });
});

describe('a fan-out consumer that loses a message', () => {
  const doc = (c: Facts = {}) => diagram({ q: 'queue', b: 'service', c: ['service', c], pg: 'store', es: 'store' },
    ['q consume b', 'q consume c', 'b write pg', 'c write es']);

  it('leaves the other side half-done', () => {
    const r = onNode(doc(), 'c', 'drop');
    expect(effects(r, 'b')).toEqual(['half-done']);
    expect(effects(r, 'es')).toEqual(['lost']);
    expect(effects(r, 'pg')).toEqual([]);
  });

  it('leaves nothing half-done when it dead-letters, or when the queue lost it for everyone', () => {
    expect(effects(onNode(doc({ deadLetter: true }), 'c', 'drop'), 'b')).toEqual([]);
    const queueDrops = onNode(doc(), 'q', 'drop');
    expect(effects(queueDrops, 'b')).toEqual(['lost']);
    expect(effects(queueDrops, 'c')).toEqual(['lost']);
  });

  it('but one that is only down keeps the others untouched: its side is late, not half-done', () => {
    const r = onNode(doc(), 'c');
    expect(effects(r, 'b')).toEqual([]);
    expect(effects(r, 'es')).toEqual(['stale', 'late']);
  });
});

describe('a duplicate', () => {
  const doc = (b: Facts = {}, e2: Facts = {}) => diagram({ a: 'service', q: 'queue', b: ['service', b], db: 'store', reader: 'service' },
    ['a publish q', ['q consume b', e2], 'b write db', 'db read reader']);

  it('runs everything downstream twice, but a read does not repeat', () => {
    const r = onNode(doc(), 'a', 'duplicate');
    expect(effects(r, 'q')).toEqual(['duplicated']);
    expect(effects(r, 'b')).toEqual(['duplicated']);
    expect(effects(r, 'db')).toEqual(['duplicated']);
    expect(effects(r, 'reader')).toEqual([]);
  });

  it('stops at an idempotent node or a keyed arrow', () => {
    const idempotent = onNode(doc({ idempotent: true }), 'a', 'duplicate');
    expect(effects(idempotent, 'b')).toEqual([]);
    expect(effects(idempotent, 'db')).toEqual([]);
    expect(stopsAt(idempotent, 'b')).toEqual(['idempotency']);
    const keyed = onNode(doc({}, { idempotencyKey: true }), 'a', 'duplicate');
    expect(effects(keyed, 'b')).toEqual([]);
    expect(stopsAt(keyed, 'e2')).toEqual(['idempotency']);
  });

  it('on an arrow duplicates its target', () => {
    expect(effects(onEdge(doc(), 'e3', 'duplicate'), 'db')).toEqual(['duplicated']);
    expect(effects(onEdge(doc(), 'e3', 'duplicate'), 'b')).toEqual([]);
  });
});

describe('a schema change', () => {
  const doc = (c: Facts = {}) => diagram({ p: 'service', q: 'queue', c: ['service', c], db: 'store' }, ['p publish q', 'q consume c', 'c write db']);

  it('makes consumers that expect the old version write malformed data downstream', () => {
    const r = onNode(doc(), 'p', 'schema');
    expect(effects(r, 'c')).toEqual(['malformed']);
    expect(effects(r, 'db')).toEqual(['malformed']);
    expect(r.silent).toContain('db');
    expect(r.steps.find((s) => s.nodes.includes('c'))?.mitigation).toEqual({ target: { type: 'node', id: 'c' }, fact: 'transforms', value: ['validate'] });
  });

  it('stops at a consumer that validates: dead-lettered, or else lost instead of malformed', () => {
    const kept = onNode(doc({ transforms: ['validate'], deadLetter: true }), 'p', 'schema');
    expect(effects(kept, 'c')).toEqual([]);
    expect(effects(kept, 'db')).toEqual([]);
    expect(stopsAt(kept, 'c')).toEqual(['validation', 'dead-letter']);
    const rejected = onNode(doc({ transforms: ['enrich', 'validate'] }), 'p', 'schema');
    expect(effects(rejected, 'c')).toEqual(['lost']);
    expect(effects(rejected, 'db')).toEqual(['lost']);
  });

  it('is refused back to the caller when a validating service is called directly', () => {
    const direct = diagram({ p: 'service', v: ['service', { transforms: ['validate'] }], db: 'store' }, ['p request v', 'v write db']);
    const r = onNode(direct, 'p', 'schema');
    expect(effects(r, 'v')).toEqual([]);
    expect(effects(r, 'db')).toEqual([]);
    expect(r.steps.at(-1)?.told).toEqual({ how: 'error', by: 'p' });
  });
});

describe('late data', () => {
  it('flows on downstream from a slow node, and an alert path on the way tells someone', () => {
    const doc = diagram({ s: 'service', t: 'service', db: 'store', ops: 'service' }, ['s request t', 't write db', ['t failure ops', { mode: 'alert' }]]);
    const r = onNode(doc, 's', 'slow');
    expect(effects(r, 'db')).toEqual(['late']);
    expect(toldAbout(r, 't', 'late')).toEqual({ how: 'alert', by: 't' });
    expect(toldAbout(r, 'db', 'late')).toEqual({ how: 'alert', by: 't' });
  });
});
