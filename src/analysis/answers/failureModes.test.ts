import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../../model';
import { contextOf, diagram, withFacts } from '../testing';
import { failureAnswer } from './failure';
import { FAILURE_CHECKS } from './failureModes';

/** Every mode found for one node, as "mode:open|covered", with the facts asked. */
function modesOf(doc: FlowDocument, id: string) {
  const ctx = contextOf(doc);
  const found = FAILURE_CHECKS.flatMap((check) => check(ctx, doc.nodes.findIndex((n) => n.id === id)));
  return {
    modes: found.map((f) => `${f.mode.mode}:${f.mode.mitigated ? 'covered' : 'open'}`),
    modesFull: found.map((f) => f.mode),
    asked: found.flatMap((f) => f.unknowns).map((u) => `${u.target.id}.${u.fact}`),
  };
}

describe('failure modes', () => {
  const pipeline = diagram(
    { a: 'service', q: ['queue', { delivery: 'at-least-once' }], b: 'service', db: 'store' },
    ['a publish q', 'q consume b', 'b write db'],
  );

  it('late: behind a queue with no lag alert, covered once it alerts', () => {
    expect(modesOf(pipeline, 'db').modes).toContain('late:open');
    expect(modesOf(pipeline, 'db').asked).toContain('q.lagAlert');
    expect(modesOf(withFacts(pipeline, 'q', { lagAlert: true }), 'db').modes).toContain('late:covered');
    expect(modesOf(pipeline, 'a').modes).toEqual([]);
  });

  it('silent: behind a queue or consumer with no dead-letter path', () => {
    expect(modesOf(pipeline, 'db').modesFull.find((m) => m.mode === 'silent')!.because).toBe('a message lost at b, which has no dead-letter path, never arrives here');
    const safe = withFacts(withFacts(pipeline, 'q', { deadLetter: true }), 'b', { deadLetter: true });
    expect(modesOf(safe, 'db').modes).toContain('silent:covered');
  });

  it('duplicated: a redelivered consumer and the store it writes, covered when idempotent', () => {
    expect(modesOf(pipeline, 'b').modes).toContain('duplicated:open');
    expect(modesOf(pipeline, 'db').modesFull.find((m) => m.mode === 'duplicated')).toMatchObject({ mitigated: false, nodes: ['b'], edges: ['e3'] });
    const idempotent = withFacts(pipeline, 'b', { idempotent: true });
    expect(modesOf(idempotent, 'b').modes).toContain('duplicated:covered');
    expect(modesOf(idempotent, 'db').modes).toContain('duplicated:covered');
  });

  it('partial: both sides of a dual write, and each consumer of a fan-out', () => {
    const dual = diagram({ h: 'service', db: 'store', n: 'service' }, ['h write db', 'h request n']);
    expect(modesOf(dual, 'h').modes).toEqual(['partial:open']);
    expect(modesOf(dual, 'n').modes).toEqual(['partial:open']);
    const fan = diagram({ q: ['queue', { delivery: 'exactly-once', lagAlert: true, deadLetter: true }], b: ['service', { idempotent: true, deadLetter: true }], c: 'service' }, [
      'q consume b', 'q consume c',
    ]);
    expect(modesOf(fan, 'b').modes).toContain('partial:covered');
    expect(modesOf(fan, 'c').modes).toContain('partial:open');
    expect(modesOf(fan, 'c').asked).toEqual(['c.deadLetter', 'c.idempotent', 'c.deadLetter']);
  });

  it('stale: copies without a truth or reconciliation, unbounded caches, and their readers', () => {
    const copies = diagram(
      { pg: ['store', { entities: ['o'] }], es: ['store', { entities: ['o'] }], c: ['cache', { entities: ['o'] }], r: 'service' },
      ['c read r'],
    );
    expect(modesOf(copies, 'pg').asked).toEqual(['pg.sourceOfTruth']);
    expect(modesOf(copies, 'r').modes).toEqual(['stale:open']);
    const settled = withFacts(withFacts(withFacts(copies, 'pg', { sourceOfTruth: true }), 'es', { reconciliation: true }), 'c', { ttlSeconds: 60 });
    expect(modesOf(settled, 'pg').modes).toEqual([]);
    expect(modesOf(settled, 'es').modes).toEqual(['stale:covered']);
    expect(modesOf(settled, 'c').modesFull).toEqual([expect.objectContaining({ mitigated: true, mitigation: 'entries expire after 60 s' })]);
    expect(modesOf(settled, 'r').modes).toEqual([]);
  });

  it('malformed: a queue and its consumers, covered by one schema on every arrow', () => {
    expect(modesOf(pipeline, 'b').modes).toContain('malformed:open');
    const agreed = withFacts(withFacts(pipeline, 'e1', { schema: 'O@1' }), 'e2', { schema: 'O@1' });
    expect(modesOf(agreed, 'b').modes).toContain('malformed:covered');
    expect(modesOf(withFacts(agreed, 'e2', { schema: 'O@2' }), 'q').modesFull.find((m) => m.mode === 'malformed')!.because).toBe('the arrows on q declare different schemas (O@1 and O@2)');
  });

  it('malformed: carried to every node behind a topic whose schemas drift, however far', () => {
    const drifting = diagram({
      producer: 'service', signups: 'queue', loader: 'service', profiles: 'store',
    }, [['producer publish signups', { schema: 'Signup@3' }], ['signups consume loader', { schema: 'Signup@2' }], 'loader write profiles']);
    expect(modesOf(drifting, 'profiles').modesFull.filter((m) => m.mode === 'malformed')).toEqual([
      expect.objectContaining({ mitigated: false, nodes: ['signups'], because: expect.stringMatching(/^it comes through signups, whose producers and consumers declare different schemas/) }),
    ]);
    expect(failureAnswer(contextOf(drifting), 3).summary).not.toMatch(/Every way .* is covered/);
  });

  it('conflicting: a store two nodes write the same entity into', () => {
    const twoWriters = diagram({ a: 'service', b: 'service', vault: ['store', { entities: ['balance'] }] }, ['a write vault', 'b write vault']);
    expect(modesOf(twoWriters, 'vault').modes).toEqual(['conflicting:open']);
    expect(failureAnswer(contextOf(twoWriters), 2).summary).toMatch(/^Data at vault can go wrong: conflicting \(a and b both write balance/);
  });
});
