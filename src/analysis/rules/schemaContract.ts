import type { Contract } from '../derived';
import type { Graph } from '../graph';
import { label, listing, names, plural } from '../text';
import { finding, type Draft, type Rule } from './rule';

const info = { id: 'schema-contract', question: 'failure', title: 'Producers and consumers agree on a schema' } as const;

/** The producer or consumer at the other end of each arrow on the queue. */
const ends = (graph: Graph, queue: number, edges: readonly number[]) =>
  [...new Set(edges.map((e) => (graph.source[e] === queue ? graph.target[e]! : graph.source[e]!)))];

function draft(graph: Graph, { queue, status, schemas, unstated }: Contract): Draft | undefined {
  const name = label(graph, queue);
  const all = [...schemas.flatMap((s) => s.edges), ...unstated];
  const base = { nodes: [queue, ...ends(graph, queue, all)], edges: all };
  const declare = `Declare the schema (name@version) on every arrow into and out of ${name}.`;
  switch (status) {
    case 'conflict':
      return {
        ...base,
        severity: 'error',
        message: `The arrows on ${name} disagree on the message schema — ${listing(schemas.map((s) => `${s.schema} (${names(graph, ends(graph, queue, s.edges))})`), 6)}: a field one side expects arrives null or is rejected.`,
        fix: `Agree on one versioned schema for ${name}; evolve it compatibly (add optional fields), upgrading consumers before producers.`,
      };
    case 'partial': {
      const silent = ends(graph, queue, unstated);
      return {
        ...base,
        severity: 'info',
        message: `${names(graph, silent)} ${plural(silent.length, 'declares', 'declare')} no schema on ${name} while the others use ${schemas[0]!.schema}: nothing says they agree.`,
        fix: declare,
      };
    }
    case 'none':
      return { ...base, severity: 'info', message: `No arrow on ${name} declares a schema: nothing checks that producers and consumers agree on the message shape.`, fix: declare };
    case 'agreed':
      return undefined;
  }
}

/** Producer and consumer schemas that differ on a queue mean nulls and rejects downstream. */
export const schemaContract: Rule = {
  ...info,
  check(ctx) {
    return ctx.contracts.flatMap((contract) => {
      const d = draft(ctx.graph, contract);
      return d ? [finding(ctx, info, d)] : [];
    });
  },
};
