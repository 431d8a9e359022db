import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACTS_BY_KIND } from '../model';
import { analyze } from './analyze';
import { distinctUnknowns } from './ask';
import { RULES } from './rules';
import { plainFinding } from './rules/ruleFinding';
import { answer, anyDocument as documents } from './testing';
import type { Analysis, Unknown } from './types';

const allUnknowns = (analysis: Analysis): Unknown[] =>
  distinctUnknowns([
    ...analysis.findings.flatMap((f) => f.unknowns),
    ...Object.values(analysis.answers).flatMap((a) => [a.origin, a.transform, a.ownership, a.failure].flatMap((q) => q.unknowns)),
  ]);

const EDGE_FIELDS = ['retries', 'idempotencyKey', 'timeoutMs'];
const SEVERITY = ['error', 'warning', 'info'];
const RULE_IDS = RULES.map((r) => r.id);

describe('analyze on any valid document', () => {
  it('never throws, answers every node, and gives the same result every time', () => {
    fc.assert(fc.property(documents, (doc) => {
      const analysis = analyze(doc);
      expect(Object.keys(analysis.answers)).toEqual(doc.nodes.map((n) => n.id));
      expect(JSON.stringify(analyze(structuredClone(doc)))).toBe(JSON.stringify(analysis));
      expect(JSON.parse(JSON.stringify(analysis)).findings).toEqual(analysis.findings.map(plainFinding));
    }), { numRuns: 300 });
  });

  it('sorts findings by severity then rule, and names only nodes and edges that exist', () => {
    fc.assert(fc.property(documents, (doc) => {
      const { findings } = analyze(doc);
      const keys = findings.map((f) => SEVERITY.indexOf(f.severity) * 100 + RULE_IDS.indexOf(f.rule));
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
      const nodeIds = new Set(doc.nodes.map((n) => n.id));
      const edgeIds = new Set(doc.edges.map((e) => e.id));
      for (const f of findings) {
        expect(f.nodes.every((id) => nodeIds.has(id)) && f.edges.every((id) => edgeIds.has(id))).toBe(true);
        expect(f.message.length).toBeGreaterThan(0);
      }
    }), { numRuns: 300 });
  });

  it('asks only about facts that exist on the target, each choice setting a valid value, and never asks again once answered', () => {
    fc.assert(fc.property(documents, (doc) => {
      const unknowns = allUnknowns(analyze(doc));
      let answered = doc;
      for (const u of unknowns) {
        if (u.target.type === 'node') expect(FACTS_BY_KIND[doc.nodes.find((n) => n.id === u.target.id)!.kind]).toContain(u.fact);
        else expect(EDGE_FIELDS).toContain(u.fact);
        for (const choice of u.choices) expect(() => answer(doc, u, choice)).not.toThrow();
        answered = answer(answered, u, u.choices[0]!);
      }
      const key = (u: Unknown) => `${u.target.type}:${u.target.id}:${u.fact}`;
      const before = new Set(unknowns.map(key));
      expect(allUnknowns(analyze(answered)).filter((u) => before.has(key(u)))).toEqual([]);
    }), { numRuns: 300 });
  });

  it('keeps every per-node list bounded', () => {
    fc.assert(fc.property(documents, (doc) => {
      for (const a of Object.values(analyze(doc).answers)) {
        expect(a.origin.sources.length).toBeLessThanOrEqual(8);
        expect(a.transform.chains.length).toBeLessThanOrEqual(3);
        for (const chain of a.transform.chains) expect(chain.path.length).toBeLessThanOrEqual(12);
      }
    }), { numRuns: 200 });
  });
});
