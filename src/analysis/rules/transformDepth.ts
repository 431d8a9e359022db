import { chainPath, longestHops } from '../derived';
import { copyNodes } from '../graph';
import { label } from '../text';
import type { Finding } from '../types';
import { finding, type Rule, type RuleInfo } from './rule';

const info: RuleInfo = { id: 'transform-depth', question: 'transform', title: 'Keep transform chains traceable', severity: 'info', facts: ['transforms'] };

const MAX_TRANSFORMING_HOPS = 3;

/** Each transforming hop between origin and store is another place a wrong value can come from. */
export const transformDepth: Rule = {
  ...info,
  check(ctx) {
    const { graph } = ctx;
    const findings: Finding[] = [];
    for (const store of copyNodes(graph)) {
      if (longestHops(ctx.chains, store) <= MAX_TRANSFORMING_HOPS) continue;
      findings.push(finding(ctx, transformDepth, { severity: 'info', nodes: [store, ...chainPath(graph, ctx.chains, store).nodes], edges: [] }));
    }
    return findings;
  },
  words({ graph, chains }, { nodes: [store] }) {
    const { nodes, elided, transformingHops } = chainPath(graph, chains, store!);
    const shown = nodes.map((i) => label(graph, i));
    if (elided > 0) shown.splice(1, 0, `… ${elided} more`);
    return {
      message: `Data reaches ${label(graph, store!)} after ${transformingHops} transforming hops (${shown.join(' → ')}): when a value is wrong, each of them is a suspect.`,
      fix: 'Record provenance at each transforming step, or merge steps, so a stored value can be traced back to its origin.',
    };
  },
};
