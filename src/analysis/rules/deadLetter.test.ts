import { describe, expect, it } from 'vitest';
import { check, diagram, withFacts } from '../testing';
import { deadLetter } from './deadLetter';

const doc = diagram({ a: 'service', q: 'queue', b: 'service' }, ['a publish q', 'q consume b']);

describe('dead-letter', () => {
  it('warns about a queue and a consumer with no dead-letter path, asking about each', () => {
    const findings = check(deadLetter, doc);
    expect(findings.map((f) => [f.nodes, f.edges, f.unknowns.map((u) => `${u.target.id}.${u.fact}`)])).toEqual([
      [['q'], [], ['q.deadLetter']],
      [['b'], ['e2'], ['b.deadLetter']],
    ]);
    expect(findings[1]!.message).toBe('b consumes q with no dead-letter path: a message it fails on is lost silently, or blocks the ones behind it.');
  });

  it('clears with declared dead-letter queues or drawn failure paths', () => {
    expect(check(deadLetter, withFacts(withFacts(doc, 'q', { deadLetter: true }), 'b', { deadLetter: true }))).toEqual([]);
    const drawn = diagram({ q: 'queue', b: 'service', dlq: 'queue' }, ['q consume b', ['q failure dlq', { mode: 'dead-letter' }], ['b failure dlq', { mode: 'dead-letter' }]]);
    expect(check(deadLetter, drawn)).toEqual([]);
  });

  it('ignores a queue nobody consumes', () => {
    expect(check(deadLetter, diagram({ a: 'service', q: 'queue' }, ['a publish q']))).toEqual([]);
  });
});
