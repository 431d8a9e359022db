import type { NodeOfKind } from '../../model';
import { askDeadLetter } from '../ask';
import { silentHops } from '../derived';
import { label, names } from '../text';
import { finding, type Rule, type RuleInfo } from './rule';

const info: RuleInfo = { id: 'dead-letter', question: 'failure', title: 'No silent loss', severity: 'warning', facts: ['deadLetter', 'mode'] };

/** A queue or consumer with no dead-letter path drops what it fails on, and nobody finds out. */
export const deadLetter: Rule = {
  ...info,
  check(ctx) {
    const { graph } = ctx;
    // A fan-out consumer with no dead-letter path is part of the fan-out finding, which asks the same.
    const inFanOut = new Set(ctx.fanOuts.flatMap((f) => f.consumers.filter((c) => c.judged).map((c) => c.node)));
    return silentHops(graph).filter((hop) => !inFanOut.has(hop)).map((hop) => {
      const fed = graph.dataIn[hop]!.filter((e) => graph.edgeKind[e] === 'consume' && graph.nodeKind[graph.source[e]!] === 'queue');
      return finding(ctx, deadLetter, { severity: 'warning', nodes: [hop], edges: fed });
    });
  },
  /** Its node is the queue or consumer; its edges, what the consumer consumes. */
  words({ graph }, { nodes: [hop], edges: fed }) {
    return {
      message: graph.nodeKind[hop!] === 'queue'
        ? `${label(graph, hop!)} has no dead-letter path: a message that cannot be delivered or processed is dropped without a trace.`
        : `${label(graph, hop!)} consumes ${names(graph, fed.map((e) => graph.source[e]!))} with no dead-letter path: a message it fails on is lost silently, or blocks the ones behind it.`,
      fix: `Give ${label(graph, hop!)} a dead-letter queue and alert on it (deadLetter), or draw its failure path (a failure arrow, mode dead-letter).`,
      unknowns: askDeadLetter(graph.nodes[hop!] as NodeOfKind<'queue' | 'service'>),
    };
  },
};
