import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../model';
import { changeEvent, dualWrite, fanOut } from '../templates';
import { analyze } from './analyze';
import { distinctUnknowns } from './ask';
import { answer } from './testing';
import type { Analysis, Unknown } from './types';

const rulesOf = (analysis: Analysis) => new Set(analysis.findings.map((f) => f.rule));
const serious = (analysis: Analysis) => analysis.findings.filter((f) => f.severity !== 'info');
const flagged = (analysis: Analysis, rule: string) => analysis.findings.filter((f) => f.rule === rule).flatMap((f) => f.nodes);

function unknownsOf(analysis: Analysis): Unknown[] {
  const fromAnswers = Object.values(analysis.answers).flatMap((a) => [a.origin, a.transform, a.ownership, a.failure].flatMap((q) => q.unknowns));
  return distinctUnknowns([...analysis.findings.flatMap((f) => f.unknowns), ...fromAnswers]);
}

/** The answer a careful designer gives: the first choice, except only one source of truth per entity. */
function choose(doc: FlowDocument, unknown: Unknown): Unknown['choices'][number] {
  if (unknown.fact !== 'sourceOfTruth') return unknown.choices[0]!;
  const store = doc.nodes.find((n) => n.id === unknown.target.id)!;
  const held = store.kind === 'store' ? (store.entities ?? []) : [];
  const claimed = doc.nodes.some((n) => n.kind === 'store' && n.sourceOfTruth === true && (n.entities ?? []).some((e) => held.includes(e)));
  return !claimed;
}

/** Click through every question the panel asks, round after round, until none is left. */
function answerEverything(doc: FlowDocument): { doc: FlowDocument; analysis: Analysis; answered: number } {
  let current = doc;
  let answered = 0;
  for (let round = 0; round < 10; round++) {
    const analysis = analyze(current);
    const unknowns = unknownsOf(analysis);
    if (unknowns.length === 0) return { doc: current, analysis, answered };
    for (const u of unknowns) current = answer(current, u, choose(current, u));
    answered += unknowns.length;
  }
  throw new Error('the questions never ran out');
}

describe('the fan-out template', () => {
  const analysis = analyze(fanOut);

  it('raises the essay’s questions: owners and source of truth (one cause, one finding), retries, fan-out, lag and dead letters', () => {
    expect([...rulesOf(analysis)]).toEqual(expect.arrayContaining(['single-writer', 'retry-duplicates', 'fan-out', 'lag-alert', 'dead-letter']));
    expect(rulesOf(analysis).has('source-of-truth')).toBe(false);
    expect(analysis.findings.find((f) => f.rule === 'single-writer')!.message).toMatch(/is marked its source of truth, so they will diverge/);
  });

  it('flags Consumer B and C, Postgres and Elasticsearch, and Validation and Service A behind the gateway retry', () => {
    expect(flagged(analysis, 'fan-out')).toEqual(expect.arrayContaining(['consumerB', 'consumerC']));
    expect(flagged(analysis, 'single-writer')).toEqual(expect.arrayContaining(['postgres', 'elastic']));
    const gatewayRetry = analysis.findings.find((f) => f.rule === 'retry-duplicates' && f.edges.includes('e2'));
    expect(gatewayRetry?.nodes).toEqual(['validation', 'serviceA']);
    const shared = analysis.findings.find((f) => f.rule === 'fan-out')!;
    expect(shared.unknowns.map((u) => `${u.target.id}.${u.fact}`)).toEqual(expect.arrayContaining(['consumerB.idempotent', 'consumerC.idempotent', 'consumerB.deadLetter']));
    expect(flagged(analysis, 'retry-duplicates')).not.toContain('consumerB');
    expect(flagged(analysis, 'dead-letter')).not.toContain('consumerB');
  });

  it('clears every error and warning once the facts the panel asks about are answered', () => {
    const { doc, analysis: after, answered } = answerEverything(fanOut);
    expect(answered).toBeGreaterThan(0);
    expect(serious(after)).toEqual([]);
    const fact = (id: string) => doc.nodes.find((n) => n.id === id) as Record<string, unknown>;
    expect(fact('postgres')).toMatchObject({ sourceOfTruth: true });
    expect(fact('elastic')).toMatchObject({ sourceOfTruth: false, reconciliation: true });
    expect(fact('consumerB')).toMatchObject({ idempotent: true, deadLetter: true });
    expect(fact('topic')).toMatchObject({ lagAlert: true, deadLetter: true });
  });
});

describe('the dual-write template', () => {
  it('flags the dual write', () => {
    expect(flagged(analyze(dualWrite), 'dual-write')).toEqual(['handler', 'threads', 'notifier']);
  });

  it('keeps the dual write after every question is answered: only a redesign fixes it', () => {
    expect(rulesOf(answerEverything(dualWrite).analysis).has('dual-write')).toBe(true);
  });
});

describe('the change-event template', () => {
  it('has no dual write, and no error or warning at all', () => {
    const analysis = analyze(changeEvent);
    expect(rulesOf(analysis).has('dual-write')).toBe(false);
    expect(serious(analysis)).toEqual([]);
  });
});
