import { transformsOf } from '../derived';
import { label, names } from '../text';
import type { Finding } from '../types';
import { finding, type Rule, type RuleInfo } from './rule';

const info: RuleInfo = { id: 'enrich-provenance', question: 'transform', title: 'Record where enriched data came from', severity: 'info', facts: ['transforms'] };

/** Enriching with an external API adds a third suspect to every wrong value: record which source said what. */
export const enrichProvenance: Rule = {
  ...info,
  check(ctx) {
    const { graph } = ctx;
    const findings: Finding[] = [];
    for (const i of [...graph.nodesOfKind.gateway, ...graph.nodesOfKind.service].sort((a, b) => a - b)) {
      const node = graph.nodes[i]!;
      if (!transformsOf(node).includes('enrich')) continue;
      const edges = graph.dataIn[i]!.filter((e) => graph.nodeKind[graph.source[e]!] === 'external');
      if (edges.length === 0) continue;
      const externals = [...new Set(edges.map((e) => graph.source[e]!))];
      findings.push(finding(ctx, enrichProvenance, { severity: 'info', nodes: [i, ...externals], edges }));
    }
    return findings;
  },
  /** Its nodes: the enriching node, then the external APIs it enriches from. */
  words({ graph }, { nodes: [i, ...externals] }) {
    return {
      message: `${label(graph, i!)} enriches data from ${names(graph, externals)}: when an enriched value is wrong, the external API, ${label(graph, i!)} and the original input are all suspects.`,
      fix: `Record provenance with each enriched field in ${label(graph, i!)}: which source, its response id or version, and when it was fetched.`,
    };
  },
};
