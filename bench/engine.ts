import { analyze } from '../src/analysis';
import type { FlowNode } from '../src/model';
import { createReviewer } from '../src/store/review/reviewer';
import { bfs } from './bfs';
import { generateDiagram } from './generate';
import { time, type Section } from './report';

/** What the app pays per edit: the findings, plus every node's answers (the lenses read them all). */
function fullAnalysis(doc: Parameters<typeof analyze>[0]): number {
  const analysis = analyze(doc);
  let count = analysis.findings.length;
  for (const id in analysis.answers) count += analysis.answers[id]!.failure.modes.length;
  return count;
}

export function engineSection(): Section {
  const rows: Section['rows'] = [];
  for (const n of [100, 1_000, 10_000]) {
    const doc = generateDiagram(n, 7);
    const runs = n >= 10_000 ? 7 : 21;
    const findingsOnly = time(() => analyze(doc).findings.length, runs);
    const full = time(() => fullAnalysis(doc), runs);
    const floor = time(() => bfs(doc), runs * 3);
    rows.push({ figure: `analyze(), findings, ${n} nodes / ${doc.edges.length} edges`, value: findingsOnly, unit: 'ms', ...(n === 10_000 ? { target: '≤ 60 ms', met: findingsOnly <= 60 } : {}) });
    rows.push({ figure: `analyze() + every node's answers, ${n} nodes`, value: full, unit: 'ms' });
    if (n === 10_000) rows.push({ figure: `analyze() + every finding worded, ${n} nodes`, value: time(() => JSON.stringify(analyze(doc).findings).length, runs), unit: 'ms', note: 'what the CLI and a whole review pay: findings are worded when first read' });
    rows.push({ figure: `plain BFS, ${n} nodes`, value: floor, unit: 'ms' });
    rows.push({ figure: `analyze() findings / BFS, ${n} nodes`, value: findingsOnly / floor, unit: '×', ...(n === 10_000 ? { target: '≤ 25×', met: findingsOnly / floor <= 25 } : {}) });
  }
  const doc = generateDiagram(5_000, 7);
  // The worker's reviewer, sent the map edited each time: what one edit costs it, up to the findings it posts.
  const review = createReviewer();
  let version = 1;
  review({ version, doc, answersFor: [] });
  const reviewEdit = (edit: (node: FlowNode) => FlowNode) => time(() => {
    version++;
    const edited = { ...doc, nodes: doc.nodes.map((node, i) => (i === 500 ? edit(node) : node)) };
    return review({ version, doc: edited, answersFor: [doc.nodes[500]!.id], known: version - 1 }).findingsOf;
  }, 21);
  const rename = reviewEdit((node) => ({ ...node, label: `Renamed ${version}` }));
  rows.push({ figure: 'one edit (rename) re-reviewed, 5,000 nodes', value: rename, unit: 'ms', target: '≤ 10 ms', met: rename <= 10, note: 'the findings that name the node worded again, its answers, the changed findings serialised' });
  const move = reviewEdit((node) => ({ ...node, position: { x: version, y: version } }));
  rows.push({ figure: 'one edit (move) re-reviewed, 5,000 nodes', value: move, unit: 'ms', target: '≤ 10 ms', met: move <= 10, note: 'what the analysis never reads (positions, notes, the title) is compared, not analysed' });
  const fact = reviewEdit((node) => ({ ...node, owner: `team ${version}` }));
  rows.push({ figure: 'one edit (a fact) re-reviewed, 5,000 nodes', value: fact, unit: 'ms', note: 'analysed whole, every finding worded and compared' });
  return { name: 'Engine', rows };
}
