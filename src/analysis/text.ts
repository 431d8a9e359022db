import type { Graph } from './graph';

/** "A", "A and B", "A, B and C", "A, B, C and 4 more". */
export function listing(items: readonly string[], max = 4): string {
  if (items.length > max) return `${items.slice(0, max - 1).join(', ')} and ${items.length - max + 1} more`;
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const label = (graph: Graph, node: number): string => graph.nodeLabel[node] ?? '?';

/** Node labels as a listing; only the labels shown are looked up, however long the list. */
export function names(graph: Graph, nodes: readonly number[], max = 4): string {
  const shown = nodes.length > max ? max - 1 : nodes.length;
  const labels: string[] = [];
  for (let k = 0; k < shown; k++) labels.push(label(graph, nodes[k]!));
  return nodes.length > max ? `${labels.join(', ')} and ${nodes.length - shown} more` : listing(labels, max);
}

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "a service", "an actor". */
export const withArticle = (word: string): string => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

export const plural = (count: number, one: string, many: string): string => (count === 1 ? one : many);

/** An arrow in words, e.g. "the call from API Gateway to Validation". */
export function describeEdge(graph: Graph, e: number): string {
  const edge = graph.edges[e]!;
  const [s, t] = [label(graph, graph.source[e]!), label(graph, graph.target[e]!)];
  switch (edge.kind) {
    case 'request': return `the call from ${s} to ${t}`;
    case 'read': return `${t}’s read from ${s}`;
    case 'consume': return `${t}’s subscription to ${s}`;
    case 'failure': return `the failure path from ${s} to ${t}`;
    default: return `the ${edge.kind} from ${s} to ${t}`;
  }
}
