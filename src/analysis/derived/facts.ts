import type { FlowNode, NodeKind, Transform } from '../../model';
import type { Graph } from '../graph';

export const ORIGIN_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>(['actor', 'external', 'scheduler']);

export const transformsOf = (node: FlowNode): readonly Transform[] =>
  node.kind === 'service' || node.kind === 'gateway' ? (node.transforms ?? []) : [];

export const transformsData = (node: FlowNode): boolean => transformsOf(node).length > 0;

export const validates = (node: FlowNode): boolean => transformsOf(node).includes('validate');

export const isCopyKind = (node: FlowNode): boolean => node.kind === 'store' || node.kind === 'cache';

/** Data is born at an actor, external or scheduler, and at any node no arrow at all leads into. */
export function isOrigin(graph: Graph, i: number): boolean {
  return ORIGIN_KINDS.has(graph.nodeKind[i]!) || (graph.dataIn[i]!.length === 0 && graph.failureIn[i]!.length === 0);
}

/** A declared dead-letter queue, or any drawn failure path out of the node. */
export function hasDeadLetterPath(graph: Graph, i: number): boolean {
  const node = graph.nodes[i]!;
  return ((node.kind === 'queue' || node.kind === 'service') && node.deadLetter === true) || graph.failureOut[i]!.length > 0;
}

/** Its own dead-letter queue or a drawn retry / dead-letter path: it can fail and retry without the others. */
export function retriesAlone(graph: Graph, i: number): boolean {
  const node = graph.nodes[i]!;
  if (node.kind === 'service' && node.deadLetter === true) return true;
  return graph.failureOut[i]!.some((e) => {
    const mode = graph.edges[e]!.mode;
    return mode === undefined || mode === 'retry' || mode === 'dead-letter';
  });
}

/** A declared lag alert, or a drawn alert path out of the queue. */
export function hasLagAlert(graph: Graph, i: number): boolean {
  const node = graph.nodes[i]!;
  return (node.kind === 'queue' && node.lagAlert === true) || graph.failureOut[i]!.some((e) => graph.edges[e]!.mode === 'alert');
}

/** The consume arrows out of a queue, in document order. */
export const consumeEdges = (graph: Graph, queue: number): number[] =>
  graph.dataOut[queue]!.filter((e) => graph.edgeKind[e] === 'consume');
