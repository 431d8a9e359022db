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
      const { nodes, elided, transformingHops } = chainPath(graph, ctx.chains, store);
      findings.push(finding(ctx, info, {
        severity: 'info',
        nodes: [store, ...nodes],
        edges: [],
        // The chain is read back from the finding's own nodes: after the store.
        words: (graph, listed) => {
          const shown = listed.nodes.slice(1).map((i) => label(graph, i));
          if (elided > 0) shown.splice(1, 0, `… ${elided} more`);
          return {
            message: `Data reaches ${label(graph, store)} after ${transformingHops} transforming hops (${shown.join(' → ')}): when a value is wrong, each of them is a suspect.`,
            fix: 'Record provenance at each transforming step, or merge steps, so a stored value can be traced back to its origin.',
          };
        },
      }));
    }
    return findings;
  },
};
