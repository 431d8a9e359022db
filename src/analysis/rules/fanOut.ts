import type { NodeOfKind } from '../../model';
import { askDeadLetter, askDelivery, askIdempotent } from '../ask';
import type { FanOut } from '../derived';
import type { Graph } from '../graph';
import { label, names, plural } from '../text';
import { finding, type Rule, type RuleInfo } from './rule';

const info: RuleInfo = { id: 'fan-out', question: 'failure', title: 'Fan-out consumers fail independently', severity: 'error', facts: ['idempotent', 'idempotencyKey', 'deadLetter', 'mode', 'delivery'] };

/** What can go wrong with each faulty consumer, and with the queue's redeliveries. */
function problems(graph: Graph, at: number, cannotRetry: readonly number[], notIdempotent: readonly number[], unknown: readonly number[]): string {
  const found = [
    cannotRetry.length > 0 ? `${names(graph, cannotRetry)} cannot retry on ${plural(cannotRetry.length, 'its', 'their')} own (no dead-letter or retry path).` : '',
    notIdempotent.length > 0 ? `${names(graph, notIdempotent)} ${plural(notIdempotent.length, 'is', 'are')} not idempotent, so a redelivery duplicates its work.` : '',
    unknown.length > 0 ? `${plural(unknown.length, 'Is', 'Are')} ${names(graph, unknown)} idempotent? Unknown.` : '',
  ].filter(Boolean);
  const queue = graph.nodes[at] as NodeOfKind<'queue'>;
  const redelivers = queue.delivery === undefined || queue.delivery === 'at-least-once';
  if (redelivers) found.push(`${label(graph, at)} ${queue.delivery === undefined ? 'may deliver' : 'delivers'} a message more than once, so each consumer sees repeats.`);
  return found.join(' ');
}

/** With two or more consumers, one can succeed while another fails: each must retry on its own and be idempotent. */
/** The consumers that cannot retry alone, that are not idempotent, that may not be, and all of those. */
function faultsOf(consumers: FanOut['consumers']) {
  const cannotRetry = consumers.filter((c) => c.judged && !c.retriesAlone).map((c) => c.node);
  const notIdempotent = consumers.filter((c) => c.judged && c.idempotent === false).map((c) => c.node);
  const unknown = consumers.filter((c) => c.judged && c.idempotent === undefined).map((c) => c.node);
  const faulty = consumers.filter((c) => [cannotRetry, notIdempotent, unknown].some((list) => list.includes(c.node)));
  return { cannotRetry, notIdempotent, unknown, faulty };
}

export const fanOut: Rule = {
  ...info,
  check(ctx) {
    return ctx.fanOuts.flatMap(({ queue, consumers }, about) => {
      const { notIdempotent, faulty } = faultsOf(consumers);
      if (faulty.length === 0) return [];
      return [finding(ctx, fanOut, {
        severity: notIdempotent.length > 0 ? 'error' : 'warning',
        nodes: [...faulty.map((c) => c.node), queue],
        edges: faulty.map((c) => c.edge),
        mentions: consumers.map((c) => c.node),
        about,
      })];
    });
  },
  /** About one of the context's fan-outs. */
  words({ graph, fanOuts }, { about }) {
    const { queue, consumers } = fanOuts[about]!;
    const { cannotRetry, notIdempotent, unknown, faulty } = faultsOf(consumers);
    return {
      message: `${names(graph, consumers.map((c) => c.node))} all consume ${label(graph, queue)}: one can succeed while another fails. ${problems(graph, queue, cannotRetry, notIdempotent, unknown)}`,
      fix: 'Give each consumer its own retry and dead-letter path, and make each idempotent, so one can be retried without harming the others.',
      unknowns: [...askDelivery(graph.nodes[queue] as NodeOfKind<'queue'>), ...faulty.flatMap((c) => {
        const node = graph.nodes[c.node] as NodeOfKind<'service'>;
        return [...(c.retriesAlone ? [] : askDeadLetter(node)), ...askIdempotent(node)];
      })],
    };
  },
};
