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
  const writers = new Set(graph.edgesOfKind.write.filter((e) => graph.target[e]! >= 0).map((e) => graph.source[e]!).filter((s) => s >= 0));
  for (const node of [...writers].sort((a, b) => a - b)) {
    const edges = graph.dataOut[node]!.filter((e) => SIDE_EFFECTS.has(graph.edgeKind[e]!));
    const targets = [...new Set(edges.map((e) => graph.target[e]!))];
    if (targets.length >= 2) found.push({ node, edges, targets });
  }
  return found;
}
