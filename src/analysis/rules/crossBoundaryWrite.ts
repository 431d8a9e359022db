import type { Finding } from '../types';
import { label, names } from '../text';
import { finding, type Rule, type RuleInfo } from './rule';

const info: RuleInfo = { id: 'cross-boundary-write', question: 'ownership', title: 'Only the owning team writes its store', severity: 'warning', facts: ['owner', 'group'] };

/**
 * A node owned by one team writing into a store owned by another (owners set on the nodes or their
 * boundaries): the store has a writer its team does not control. Writers already competing for one
 * entity there are single-writer's, which names the teams.
 */
export const crossBoundaryWrite: Rule = {
  ...info,
  check(ctx) {
    const { graph } = ctx;
    const findings: Finding[] = [];
    const competing = new Set(ctx.conflicts.flatMap((c) => c.edges));
    for (const store of graph.nodesOfKind.store) {
      const owner = graph.nodeOwner[store];
      if (owner === undefined) continue;
      const foreign = graph.dataIn[store]!.filter((e) => {
        const writer = graph.nodeOwner[graph.source[e]!];
        return graph.edgeKind[e] === 'write' && writer !== undefined && writer !== owner && !competing.has(e);
      });
      if (foreign.length === 0) continue;
      const writers = [...new Set(foreign.map((e) => graph.source[e]!))];
      findings.push(finding(ctx, crossBoundaryWrite, { severity: 'warning', nodes: [store, ...writers], edges: foreign }));
    }
    return findings;
  },
  /** Its nodes: the store, then the other teams' writers. */
  words({ graph }, { nodes: [store, ...writers] }) {
    const owner = graph.nodeOwner[store!];
    return {
      message: `${names(graph, writers)} (team ${[...new Set(writers.map((w) => graph.nodeOwner[w]!))].join(', ')}) ${writers.length === 1 ? 'writes' : 'write'} into ${label(graph, store!)}, which team ${owner} owns: its owner is no longer its one writer, and a change of theirs can break the other team’s code.`,
      fix: `Let team ${owner}’s own service write ${label(graph, store!)}: the other team calls its API or publishes an event it consumes.`,
    };
  },
};
