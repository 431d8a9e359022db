import { KIND_LABELS } from '../../model';
import { ORIGIN_KINDS } from '../derived';
import { label } from '../text';
import type { Finding } from '../types';
import { finding, type Rule, type RuleInfo } from './rule';

const info: RuleInfo = { id: 'unreached-node', question: 'origin', title: 'Every node gets its data from somewhere', severity: 'error', facts: [] };

/** A node that is not an origin kind and has no arrow into it: either an arrow is missing or data is born there. */
export const unreachedNode: Rule = {
  ...info,
  check(ctx) {
    const { graph } = ctx;
    const findings: Finding[] = [];
    graph.nodes.forEach((_, i) => {
      if (ORIGIN_KINDS.has(graph.nodeKind[i]!) || graph.dataIn[i]!.length > 0 || graph.failureIn[i]!.length > 0) return;
      findings.push(finding(ctx, unreachedNode, { severity: 'error', nodes: [i], edges: [] }));
    });
    return findings;
  },
  words({ graph }, { nodes: [i] }) {
    return {
      message: `No arrow leads into ${label(graph, i!)} (${KIND_LABELS[graph.nodeKind[i!]!].toLowerCase()}): nothing on the map says where its data comes from.`,
      fix: 'Draw the arrow that brings its data in; if data is born here, make it an actor, external API or scheduled job.',
    };
  },
};
