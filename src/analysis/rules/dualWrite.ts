import type { Graph } from '../graph';
import { label, listing } from '../text';
import { finding, type Rule } from './rule';

const info = { id: 'dual-write', question: 'failure', title: 'One side effect per step' } as const;

const VERBS: Record<string, string> = { write: 'writes', request: 'calls', publish: 'publishes to' };

const sideEffects = (graph: Graph, edges: readonly number[]): string =>
  listing([...new Set(edges.map((e) => `${VERBS[graph.edgeKind[e]!]} ${label(graph, graph.target[e]!)}`))], 6);

/** A step that writes a store and also writes, calls or publishes elsewhere leaves half-done state when one side fails. */
export const dualWrite: Rule = {
  ...info,
  check(ctx) {
    const { graph } = ctx;
    return ctx.dualWrites.map(({ node, edges, targets }) => {
      const store = graph.target[edges.find((e) => graph.edgeKind[e] === 'write')!]!;
      return finding(ctx, info, {
        severity: 'error',
        nodes: [node, ...targets],
        edges,
        message: `${label(graph, node)} ${sideEffects(graph, edges)} in one step, and no transaction spans different systems: if one succeeds and another fails the data is left half-done, and retrying the step repeats what already worked.`,
        fix: `Write once (to ${label(graph, store)}) and let its change event drive the rest: cdc → queue → a consumer per side effect (or an outbox table in the same transaction).`,
      });
    });
  },
};
