import type { Contract } from '../derived';
import type { Graph } from '../graph';
import { label, listing, names, plural } from '../text';
import { finding, type Rule, type RuleInfo, type Words } from './rule';

const info: RuleInfo = { id: 'schema-contract', question: 'failure', title: 'Producers and consumers agree on a schema', severity: 'error', facts: ['schema'] };

/** The producers and consumers at the other end of the given arrows on the queue. */
function ends(graph: Graph, queue: number, edges: readonly number[]): number[] {
  const found: number[] = [];
  for (const e of edges) {
    const end = graph.source[e] === queue ? graph.target[e]! : graph.source[e]!;
    if (!found.includes(end)) found.push(end);
  }
  return found;
}

const declare = (graph: Graph, queue: number) => `Declare the schema (name@version) on every arrow into and out of ${label(graph, queue)}.`;

function wordsFor(graph: Graph, { queue, status, schemas, unstated }: Contract): Words {
  if (status === 'conflict') {
    return {
      message: `The arrows on ${label(graph, queue)} disagree on the message schema — ${listing(schemas.map((s) => `${s.schema} (${names(graph, ends(graph, queue, s.edges))})`), 6)}: a field one side expects arrives null or is rejected.`,
      fix: `Agree on one versioned schema for ${label(graph, queue)}; evolve it compatibly (add optional fields), upgrading consumers before producers.`,
    };
  }
  if (status === 'none') {
    return { message: `No arrow on ${label(graph, queue)} declares a schema: nothing checks that producers and consumers agree on the message shape.`, fix: declare(graph, queue) };
  }
  const silent = ends(graph, queue, unstated);
  return {
    message: `${names(graph, silent)} ${plural(silent.length, 'declares', 'declare')} no schema on ${label(graph, queue)} while the others use ${schemas[0]!.schema}: nothing says they agree.`,
    fix: declare(graph, queue),
  };
}

/** Producer and consumer schemas that differ on a queue mean nulls and rejects downstream. */
export const schemaContract: Rule = {
  ...info,
  check(ctx) {
    return ctx.contracts.flatMap(({ queue, status, edges }, about) => status === 'agreed' ? [] : [finding(ctx, schemaContract, {
      severity: status === 'conflict' ? 'error' : 'info',
      nodes: [queue, ...ends(ctx.graph, queue, edges)],
      edges,
      about,
    })]);
  },
  /** About one of the context's contracts. */
  words: ({ graph, contracts }, { about }) => wordsFor(graph, contracts[about]!),
};
