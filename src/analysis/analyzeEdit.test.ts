import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDiagram } from '../../bench/generate';
import { FlowDocument } from '../model';
import { TEMPLATES } from '../templates';
import { analyze, analyzeEdit } from './analyze';
import { anyDocument, diagram, withFacts } from './testing';
import type { Analysis } from './types';

const OPTIONS = { today: '2026-01-01' };

const renamed = (doc: FlowDocument, labels: ReadonlyMap<number, string>): FlowDocument => ({
  ...doc,
  nodes: doc.nodes.map((node, i) => (labels.has(i) ? { ...node, label: labels.get(i)! } : node)),
});

/** Every finding's words and every node's answers, as JSON, a line each (a difference names its finding): what an edit's analysis must equal. */
const wholly = (analysis: Analysis) => [...analysis.findings, ...Object.entries(analysis.answers)].map((item) => JSON.stringify(item));

/** The edit's analysis from `before`, its findings (half the time) worded before the edit, as the reviewer does. */
function edited(doc: FlowDocument, after: FlowDocument, wordedFirst: boolean): Analysis {
  const analysis = analyze(doc, OPTIONS);
  if (wordedFirst) JSON.stringify(analysis.findings);
  return analyzeEdit({ doc, analysis }, after, OPTIONS);
}

const testDiagrams = readFileSync(new URL('./guard/testDiagrams.jsonl', import.meta.url), 'utf8')
  .split('\n').filter(Boolean).map((line) => FlowDocument.parse(JSON.parse(line)));

describe('analyzeEdit: a renamed map', () => {
  it('is analysed as a whole analysis would: any document, any nodes renamed', () => {
    const edit = anyDocument.chain((doc) => fc.record({
      doc: fc.constant(doc),
      labels: fc.uniqueArray(fc.tuple(fc.nat({ max: Math.max(0, doc.nodes.length - 1) }), fc.string({ minLength: 1, maxLength: 12 })), { selector: ([i]) => i, maxLength: 4 }),
      wordedFirst: fc.boolean(),
    }));
    fc.assert(fc.property(edit, ({ doc, labels, wordedFirst }) => {
      const after = renamed(doc, new Map(labels.filter(([i]) => i < doc.nodes.length)));
      expect(wholly(edited(doc, after, wordedFirst))).toEqual(wholly(analyze(after, OPTIONS)));
    }), { numRuns: 300 });
  });

  it('is analysed as a whole analysis would: every node of every test diagram and template renamed in turn', () => {
    for (const doc of [...testDiagrams, ...TEMPLATES.map((t) => t.create())]) {
      doc.nodes.forEach((_, i) => {
        const after = renamed(doc, new Map([[i, `Renamed ${i} ⟨${doc.nodes[i]!.label}⟩`]]));
        expect(wholly(edited(doc, after, i % 2 === 0)), `${doc.title}: node ${i}`).toEqual(wholly(analyze(after, OPTIONS)));
      });
    }
  });

  it('is analysed as a whole analysis would: a generated map of 300 nodes, 40 of them renamed', () => {
    const doc = generateDiagram(300, 3);
    const after = renamed(doc, new Map(Array.from({ length: 40 }, (_, k) => [k * 7, `New name ${k}`])));
    expect(wholly(edited(doc, after, true))).toEqual(wholly(analyze(after, OPTIONS)));
  });

  it('words anew only the findings that name a renamed node; the others are the same objects', () => {
    const doc = diagram({ u: 'actor', api: 'service', db: 'store', q: 'queue' }, ['u request api', 'api write db', 'api publish q']);
    const before = analyze(doc, OPTIONS);
    const after = analyzeEdit({ doc, analysis: before }, renamed(doc, new Map([[3, 'Events']])), OPTIONS);
    const naming = (f: Analysis['findings'][number]) => f.nodes.includes('q');
    expect(after.findings.some(naming) && after.findings.some((f) => !naming(f))).toBe(true);
    after.findings.forEach((f, k) => (naming(f) ? expect(f).not.toBe(before.findings[k]) : expect(f).toBe(before.findings[k])));
    expect(after.findings.filter(naming).every((f) => f.message.includes('Events'))).toBe(true);
  });

  it('keeps the analysis when nothing it reads changed, and analyses anew any other edit or another day', () => {
    const doc = diagram({ api: 'service', db: 'store' }, ['api write db']);
    const before = analyze(doc, OPTIONS);
    const moved = { ...doc, title: 'Moved', nodes: doc.nodes.map((n) => ({ ...n, position: { x: 10, y: 20 } })) };
    expect(analyzeEdit({ doc, analysis: before }, moved, OPTIONS)).toBe(before);
    const idempotent = withFacts(doc, 'api', { idempotent: true });
    expect(wholly(analyzeEdit({ doc, analysis: before }, idempotent, OPTIONS))).toEqual(wholly(analyze(idempotent, OPTIONS)));
    expect(analyzeEdit({ doc, analysis: before }, moved, { today: '2026-01-02' })).not.toBe(before);
  });
});
