import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDiagram } from '../../bench/generate';
import { FlowDocument } from '../model';
import { TEMPLATES } from '../templates';
import { analyze } from './analyze';
import { anyDocument } from './testing';

/*
 * A guard for work on the engine's speed: the whole analysis (every finding, every node's answers)
 * of many documents, compared with a snapshot taken before that work. The documents: every diagram
 * the analysis tests build (recorded by `npm run noise`'s corpus, in guard/testDiagrams.jsonl), the
 * templates, random documents (cycles, self-loops, dangling arrows) and the bench's generated maps.
 * A change of behaviour shows as a diff of the snapshot; update it only when a rule is meant to change.
 */
const testDiagrams = readFileSync(new URL('./guard/testDiagrams.jsonl', import.meta.url), 'utf8')
  .split('\n').filter(Boolean).map((line) => FlowDocument.parse(JSON.parse(line)));
const randomDocuments = fc.sample(anyDocument, { seed: 16, numRuns: 80 });
const GENERATED: readonly [nodes: number, seed: number][] = [[150, 2], [300, 7]];

/** The analysis as plain data, one line per finding and per node's answers, so a diff points at what changed. */
function serialize(doc: FlowDocument): string {
  const { findings, answers } = analyze(doc, { today: '2026-01-01' });
  return [
    `# ${doc.title}: ${doc.nodes.length} nodes, ${doc.edges.length} edges`,
    ...findings.map((f) => JSON.stringify(f)),
    ...Object.entries(answers).map(([id, a]) => `${id} ${JSON.stringify(a)}`),
  ].join('\n');
}

const snapshotOf = (docs: readonly FlowDocument[]) => `${docs.map(serialize).join('\n\n')}\n`;

describe('the analysis of known documents is unchanged', () => {
  it('every diagram the analysis tests build, and the templates', async () => {
    expect(testDiagrams.length).toBeGreaterThan(150);
    await expect(snapshotOf([...testDiagrams, ...TEMPLATES.map((t) => t.create())])).toMatchFileSnapshot('guard/testDiagrams.snap');
  });

  it('random documents', async () => {
    await expect(snapshotOf(randomDocuments)).toMatchFileSnapshot('guard/random.snap');
  });

  it.each(GENERATED)('a generated map of %i nodes (seed %i)', async (nodes, seed) => {
    await expect(snapshotOf([generateDiagram(nodes, seed)])).toMatchFileSnapshot(`guard/generated-${nodes}.snap`);
  });
});
