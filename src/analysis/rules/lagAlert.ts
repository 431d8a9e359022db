import type { NodeOfKind } from '../../model';
import { askLagAlert } from '../ask';
import { unalertedQueues } from '../derived';
import { label, names, plural } from '../text';
import { finding, type Rule, type RuleInfo } from './rule';

const info: RuleInfo = { id: 'lag-alert', question: 'failure', title: 'Alert on consumer lag', severity: 'warning', facts: ['lagAlert', 'mode'] };

/** An async hop with no lag alert lets data arrive hours late without anyone noticing. */
export const lagAlert: Rule = {
  ...info,
  check(ctx) {
    const { graph } = ctx;
    return unalertedQueues(graph).map((queue) => {
      const consumers = [...new Set(graph.dataOut[queue]!.map((e) => graph.target[e]!))];
      return finding(ctx, lagAlert, { severity: 'warning', nodes: [queue, ...consumers], edges: graph.dataOut[queue]! });
    });
  },
  /** Its nodes: the queue, then its consumers. */
  words({ graph }, { nodes: [queue, ...consumers] }) {
    return {
      message: `${label(graph, queue!)} has no lag alert: if ${names(graph, consumers)} ${plural(consumers.length, 'falls', 'fall')} behind, data still flows but arrives hours late, and nobody notices.`,
      fix: `Alert on ${label(graph, queue!)}’s consumer lag (lagAlert), or draw an alert path from it.`,
      unknowns: askLagAlert(graph.nodes[queue!] as NodeOfKind<'queue'>),
    };
  },
};
