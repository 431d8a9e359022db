import type { Graph } from '../graph';
import { capitalize, describeEdge, label } from '../text';
import type { Told } from './types';

/** A drawn alert path out of the node: its failures reach someone. */
export function alertAt(graph: Graph, node: number): Told | undefined {
  return graph.failureOut[node]!.some((e) => graph.edges[e]!.mode === 'alert') ? { how: 'alert', by: graph.nodeId[node]! } : undefined;
}

export function toldClause(graph: Graph, told: Told | undefined): string {
  if (!told) return 'nobody is told';
  const by = label(graph, graph.indexOf.get(told.by) ?? -1);
  switch (told.how) {
    case 'alert': return `the alert on ${by} tells someone`;
    case 'lag-alert': return `the lag alert on ${by} tells someone`;
    case 'dead-letter': return `${by}’s dead-letter path keeps it for a replay`;
    case 'error': return `${by} gets an error`;
  }
}

/** "The call from A to B", capitalized for the start of a sentence. */
export const Arrow = (graph: Graph, e: number): string => capitalize(describeEdge(graph, e));
