import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeEvent, fanOut } from '../templates';
import { loadDocument } from './load';
import { FlowDocument, type FlowNode } from './schema';
import { isValidated, validFrom } from './validated';

const loaded = (doc: unknown): FlowDocument => {
  const result = loadDocument(structuredClone(doc));
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.doc;
};

/** Edits as the document store makes them (new objects for what changes, the rest shared), some of them invalid. */
const edit = (base: FlowDocument) => {
  const node = fc.integer({ min: 0, max: base.nodes.length - 1 });
  return fc.oneof(
    fc.record({ i: node, label: fc.string({ maxLength: 130 }) }).map(({ i, label }) => ({ ...base, nodes: base.nodes.map((n, j) => (j === i ? { ...n, label } : n)) })),
    fc.record({ i: node, x: fc.oneof(fc.double(), fc.integer()) }).map(({ i, x }) => ({ ...base, nodes: base.nodes.map((n, j) => (j === i ? { ...n, position: { x, y: 0 } } : n)) })),
    fc.record({ i: node, to: node }).map(({ i, to }) => ({ ...base, nodes: base.nodes.map((n, j) => (j === i ? { ...n, id: base.nodes[to]!.id } : n)) })),
    fc.record({ i: node, group: fc.constantFrom('zone', 'nowhere') }).map(({ i, group }) => ({ ...base, groups: [{ id: 'zone', label: 'Zone', kind: 'team' as const, position: { x: 0, y: 0 }, size: { width: 300, height: 200 } }], nodes: base.nodes.map((n, j) => (j === i ? { ...n, group } : n)) })),
    fc.record({ i: node }).map(({ i }) => ({ ...base, nodes: base.nodes.filter((_, j) => j !== i) })),
    fc.string({ maxLength: 220 }).map((title) => ({ ...base, title })),
    fc.record({ i: node, kind: fc.constantFrom('service', 'store', 'planet') }).map(({ i, kind }) => ({ ...base, nodes: base.nodes.map((n, j) => (j === i ? ({ ...n, kind } as unknown as FlowNode) : n)) })),
    fc.constant({ ...base, extra: true } as unknown as FlowDocument),
    fc.record({ i: node }).map(({ i }) => ({ ...base, comments: [{ id: 'c1', target: { type: 'node' as const, id: base.nodes[i]!.id }, text: 'why?', createdAt: '2026-11-25T10:00:00.000Z' }] })),
  );
};

describe('validFrom', () => {
  it('agrees with a whole parse on every edit of a valid document, and remembers the valid ones', () => {
    const seen = { valid: 0, invalid: 0 };
    for (const template of [fanOut, changeEvent]) {
      const base = loaded(template);
      fc.assert(
        fc.property(edit(base), (next) => {
          const whole = FlowDocument.safeParse(next).success;
          seen[whole ? 'valid' : 'invalid'] += 1;
          expect(validFrom(base, next)).toBe(whole);
          expect(isValidated(next)).toBe(whole);
        }),
        { numRuns: 300 },
      );
    }
    expect(Math.min(seen.valid, seen.invalid)).toBeGreaterThan(100);
  });

  it('trusts nothing it was not told is valid', () => {
    const notChecked = structuredClone(fanOut);
    expect(validFrom(notChecked, { ...notChecked, title: 'x' })).toBe(false);
  });
});
