import { chainPaths, transformsData, transformsOf, type ChainPath, type Context } from '../derived';
import type { Graph } from '../graph';
import { label } from '../text';
import type { TransformAnswer } from '../types';

const step = (graph: Graph, i: number) => `${label(graph, i)} (${transformsOf(graph.nodes[i]!).join(', ')})`;

function summarize(graph: Graph, node: number, longest: ChainPath | undefined): string {
  const name = label(graph, node);
  if (!longest) return `No origin reaches ${name}, so nothing says how its data changes.`;
  const [origin] = longest.nodes;
  const hops = longest.transformingHops;
  if (longest.nodes.length === 1) return `Data is born at ${name}${hops > 0 ? `, which transforms it (${transformsOf(graph.nodes[node]!).join(', ')})` : ''}.`;
  if (hops === 0) return `${name} gets its data unchanged from ${label(graph, origin!)}: nothing on the way transforms it.`;
  const steps = longest.nodes.filter((n) => transformsData(graph.nodes[n]!)).map((n) => step(graph, n));
  if (longest.elided > 0) steps.unshift(`… ${longest.elided} more`);
  return `Transformed ${hops === 1 ? 'once' : `${hops} times`} on the way from ${label(graph, origin!)}: ${steps.join(' → ')}.`;
}

/** Who changes node i's data on the way from its origins, as the chains with the most transforming hops. */
export function transformAnswer(ctx: Context, i: number): TransformAnswer {
  const { graph } = ctx;
  const paths = chainPaths(graph, ctx.chains, i);
  const by = ctx.transformers[i]!;
  return {
    summary: summarize(graph, i, paths[0]),
    by: by.items.map((n) => graph.nodeId[n]!),
    ...(by.more ? { moreBy: true } : {}),
    chains: paths.map(({ nodes, transformingHops, elided }) => ({
      path: nodes.map((n) => graph.nodeId[n]!),
      transformingHops,
      ...(elided > 0 ? { elided } : {}),
    })),
    unknowns: [],
  };
}
