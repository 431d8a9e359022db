import type { EdgeKind } from '../../model';
import type { Graph } from '../graph';

const SIDE_EFFECTS: ReadonlySet<EdgeKind> = new Set<EdgeKind>(['write', 'request', 'publish']);

export interface DualWrite {
  node: number;
  /** Its side-effect arrows, in document order. */
  edges: number[];
  /** The distinct systems they reach. */
  targets: number[];
}

/**
 * Nodes that write a store or cache and also write, call or publish to another system: no
 * transaction spans both, so one can succeed while the other fails.
 */
export function findDualWrites(graph: Graph): DualWrite[] {
  const found: DualWrite[] = [];
  graph.dataOut.forEach((out, node) => {
    const edges = out.filter((e) => SIDE_EFFECTS.has(graph.edges[e]!.kind));
    if (!edges.some((e) => graph.edges[e]!.kind === 'write')) return;
    const targets = [...new Set(edges.map((e) => graph.target[e]!))];
    if (targets.length >= 2) found.push({ node, edges, targets });
  });
  return found;
}
