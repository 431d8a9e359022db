import type { FlowDocument } from '../../model';
import { deriveContext } from '../derived';
import { buildGraph } from '../graph';
import { simulateIn } from './simulate';
import { NODE_FAULTS, type NodeFault } from './types';

export interface PointOfFailure {
  node: string;
  /** Every node that some fault of this one leaves lost, stale or malformed with nobody told, in document order. */
  silent: string[];
  /** How many nodes each fault breaks silently. */
  byFault: Record<NodeFault, number>;
  /** The fault that breaks the most (the first in NODE_FAULTS order on a tie). */
  worstFault: NodeFault;
}

/**
 * Runs every node-level fault on every node but actors and ranks the nodes by how much of the map
 * they can break silently; nodes that break nothing silently are left out. Most first, then in document order.
 */
export function rankSinglePointsOfFailure(doc: FlowDocument): PointOfFailure[] {
  const ctx = deriveContext(buildGraph(doc));
  const { graph } = ctx;
  const ranked: PointOfFailure[] = [];
  graph.nodeId.forEach((id, i) => {
    // People are where data starts, not a part of the system that can fail.
    if (graph.nodeKind[i] === 'actor') return;
    const silent = new Set<string>();
    const byFault = {} as Record<NodeFault, number>;
    let worstFault: NodeFault = NODE_FAULTS[0];
    for (const kind of NODE_FAULTS) {
      const broken = simulateIn(ctx, { target: { type: 'node', id }, kind }).silent;
      byFault[kind] = broken.length;
      if (broken.length > byFault[worstFault]) worstFault = kind;
      for (const node of broken) silent.add(node);
    }
    if (silent.size > 0) ranked.push({ node: id, silent: [...silent].sort((a, b) => graph.indexOf.get(a)! - graph.indexOf.get(b)!), byFault, worstFault });
  });
  return ranked.sort((a, b) => b.silent.length - a.silent.length || graph.indexOf.get(a.node)! - graph.indexOf.get(b.node)!);
}
