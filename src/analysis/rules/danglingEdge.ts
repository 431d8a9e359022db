import type { Finding } from '../types';
import { finding, type Rule, type RuleInfo } from './rule';

const info: RuleInfo = { id: 'dangling-edge', question: 'origin', title: 'Arrows connect nodes on the map', severity: 'error', facts: [] };

/** An arrow whose source or target names no node: the map is missing a piece. */
export const danglingEdge: Rule = {
  ...info,
  check(ctx) {
    const { graph } = ctx;
    const findings: Finding[] = [];
    for (let e = 0; e < graph.edges.length; e++) {
      if (graph.source[e]! < 0 || graph.target[e]! < 0) findings.push(finding(ctx, danglingEdge, { severity: 'error', nodes: [graph.source[e]!, graph.target[e]!], edges: [e] }));
    }
    return findings;
  },
  words({ graph }, { edges: [e] }) {
    const edge = graph.edges[e!]!;
    const missing = [graph.source[e!]! < 0 ? edge.source : '', graph.target[e!]! < 0 ? edge.target : ''].filter(Boolean);
    return {
      message: `Arrow ${edge.id} connects ${missing.map((id) => `"${id}"`).join(' and ')}, which ${missing.length === 1 ? 'is' : 'are'} not on the map.`,
      fix: 'Add the missing node, or delete the arrow.',
    };
  },
};
