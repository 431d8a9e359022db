import { describe, expect, it } from 'vitest';
import { FACTS_BY_KIND, type FlowDocument, type NodeOfKind } from '../model';
import {
  askDeadLetter, askDelivery, askIdempotencyKey, askIdempotent, askLagAlert, askOverlapGuard, askReconciliation,
  askSourceOfTruth, askTimeout, askTtl, distinctUnknowns,
} from './ask';
import { buildGraph } from './graph';
import { diagram, withFacts } from './testing';
import type { Unknown } from './types';

const doc = diagram(
  { svc: 'service', q: 'queue', db: 'store', c: 'cache', job: 'scheduler' },
  ['job request svc', 'svc publish q', 'q consume svc', 'svc write db', 'db read svc'],
);
const g = buildGraph(doc);
const node = <K extends FlowDocument['nodes'][number]['kind']>(id: string) => doc.nodes.find((n) => n.id === id) as NodeOfKind<K>;

const asked: Unknown[] = [
  ...askIdempotent(node('svc')),
  ...askDeadLetter(node('svc')),
  ...askDeadLetter(node('q')),
  ...askLagAlert(node('q')),
  ...askDelivery(node('q')),
  ...askSourceOfTruth(node('db'), 'order'),
  ...askReconciliation(node('db'), 'Postgres'),
  ...askReconciliation(node('c'), 'Postgres'),
  ...askTtl(node('c')),
  ...askOverlapGuard(node('job')),
  ...askIdempotencyKey(g, 0),
  ...askTimeout(g, 0),
];

describe('ask', () => {
  it('asks about each unset fact in words', () => {
    expect(asked.map((u) => u.question)).toEqual([
      'Is svc idempotent?',
      'Does svc dead-letter what it fails to process?',
      'Does q have a dead-letter queue?',
      'Does q alert when its consumers fall behind?',
      'How does q deliver messages?',
      'Is db the source of truth for order?',
      'Is db reconciled against Postgres?',
      'Is c reconciled against Postgres?',
      'How long may c keep an entry (seconds)?',
      'Does job guard against overlapping runs?',
      'Does the call from job to svc carry an idempotency key?',
      'What timeout does the call from job to svc use (ms)?',
    ]);
  });

  it('names a fact that exists on the target, and every choice sets it to a valid value', () => {
    for (const u of asked) {
      if (u.target.type === 'node') {
        const kind = doc.nodes.find((n) => n.id === u.target.id)!.kind;
        expect(FACTS_BY_KIND[kind]).toContain(u.fact);
      }
      for (const choice of u.choices) expect(() => withFacts(doc, u.target.id, { [u.fact]: choice })).not.toThrow();
    }
  });

  it('asks nothing about a fact already set, even when it is false', () => {
    const known = withFacts(withFacts(doc, 'svc', { idempotent: false, deadLetter: false }), 'e1', { timeoutMs: 500, idempotencyKey: false });
    const svc = known.nodes[0] as NodeOfKind<'service'>;
    expect([...askIdempotent(svc), ...askDeadLetter(svc), ...askTimeout(buildGraph(known), 0), ...askIdempotencyKey(buildGraph(known), 0)]).toEqual([]);
  });

  it('drops repeated questions about the same fact on the same target', () => {
    expect(distinctUnknowns([...asked, ...asked])).toEqual(asked);
    expect(distinctUnknowns([asked[0]!, asked[1]!, asked[0]!])).toEqual([asked[0], asked[1]]);
  });
});
