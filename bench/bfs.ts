import type { FlowDocument } from '../src/model';

/** The floor for any whole-graph analysis: build adjacency, then visit every node once from the roots. */
export function bfs(doc: FlowDocument): number {
  const index = new Map(doc.nodes.map((n, i) => [n.id, i]));
  const next: number[][] = doc.nodes.map(() => []);
  const incoming = new Uint32Array(doc.nodes.length);
  for (const edge of doc.edges) {
    const [from, to] = [index.get(edge.source), index.get(edge.target)];
    if (from === undefined || to === undefined) continue;
    next[from]!.push(to);
    incoming[to]!++;
  }
  const seen = new Uint8Array(doc.nodes.length);
  const queue: number[] = [];
  for (let i = 0; i < doc.nodes.length; i++) if (incoming[i] === 0) queue.push(i);
  let visited = 0;
  let unvisited = 0;
  for (let head = 0; head < queue.length || visited < doc.nodes.length; head++) {
    // Cycles with no root: start again from the first node not yet seen.
    if (head >= queue.length) {
      while (seen[unvisited]) unvisited++;
      queue.push(unvisited);
    }
    const at = queue[head]!;
    if (seen[at]) continue;
    seen[at] = 1;
    visited++;
    for (const to of next[at]!) if (!seen[to]) queue.push(to);
  }
  return visited;
}
