import { readFileSync } from 'node:fs';
import { analyze } from '../../src/analysis';
import { FlowDocument } from '../../src/model';
import { TEMPLATES } from '../../src/templates';
import { coveredFindings } from './covered';

/*
 * The noise count of issue 12: across the diagrams the analysis tests build (a corpus file written
 * by `npm run noise`) and the templates, how many findings are covered by another finding — every
 * node they name and their question already in it. Usage: tsx scripts/noise/measure.ts CORPUS
 */
const [corpus] = process.argv.slice(2);
if (!corpus) throw new Error('usage: tsx scripts/noise/measure.ts CORPUS.jsonl');
const lines = [...new Set(readFileSync(corpus, 'utf8').split('\n').filter(Boolean))];
const docs = [...lines.map((line) => FlowDocument.parse(JSON.parse(line))), ...TEMPLATES.map((t) => t.create())];
let findings = 0;
const byRule = new Map<string, number>();
let noise = 0;
for (const doc of docs) {
  const analysis = analyze(doc);
  findings += analysis.findings.length;
  for (const f of coveredFindings(analysis.findings)) {
    noise++;
    byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  }
}
console.log(`${docs.length} diagrams (${lines.length} from the tests, ${TEMPLATES.length} templates): ${findings} findings, ${noise} covered by another`);
for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${rule}: ${count}`);
