import { analyze } from '../src/analysis';
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
    rows.push({ figure: `plain BFS, ${n} nodes`, value: floor, unit: 'ms' });
    rows.push({ figure: `analyze() findings / BFS, ${n} nodes`, value: findingsOnly / floor, unit: '×', ...(n === 10_000 ? { target: '≤ 25×', met: findingsOnly / floor <= 25 } : {}) });
  }
  const doc = generateDiagram(5_000, 7);
  const renamed = { ...doc, nodes: doc.nodes.map((node, i) => (i === 500 ? { ...node, label: 'Renamed' } : node)) };
  const edit = time(() => analyze(renamed).findings.length, 7);
  rows.push({ figure: 'one edit (rename) re-analysed, 5,000 nodes', value: edit, unit: 'ms', target: '≤ 10 ms', met: edit <= 10, note: 'a rename re-runs the whole analysis (in the worker)' });
  // The worker's reviewer, sent the map with one node moved each time: what it costs to see that nothing it reads changed.
  const review = createReviewer();
  let version = 1;
  review({ version, doc, answersFor: [] });
  const move = time(() => {
    version++;
    const moved = { ...doc, nodes: doc.nodes.map((node, i) => (i === 500 ? { ...node, position: { x: version, y: version } } : node)) };
    return review({ version, doc: moved, answersFor: [], known: 1 }).findingsOf;
  }, 21);
  rows.push({ figure: 'one edit (move) re-reviewed, 5,000 nodes', value: move, unit: 'ms', target: '≤ 10 ms', met: move <= 10, note: 'what the analysis never reads (positions, notes, the title) is compared, not analysed' });
  return { name: 'Engine', rows };
}
