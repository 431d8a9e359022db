import type { EdgeKind, NodeKind } from '../../model';
import { label, withArticle } from '../text';
import type { Finding } from '../types';
import { finding, type Rule, type RuleInfo } from './rule';

const info: RuleInfo = { id: 'edge-kind', question: 'origin', title: 'Arrow kinds fit their ends', severity: 'error', facts: [] };

const CALLERS: NodeKind[] = ['actor', 'external', 'scheduler', 'gateway', 'service'];
const READERS: NodeKind[] = ['actor', 'scheduler', 'gateway', 'service'];
const COPIES: NodeKind[] = ['store', 'cache'];

/** Which ends each data arrow kind connects, and what it means — in the order a suggestion is picked. */
const FITS: Partial<Record<EdgeKind, { from: NodeKind[]; to: NodeKind[]; means: string }>> = {
  request: { from: CALLERS, to: ['gateway', 'service', 'external', 'actor'], means: 'a synchronous call' },
  publish: { from: CALLERS, to: ['queue'], means: 'into a queue' },
  consume: { from: ['queue'], to: ['gateway', 'service', 'store', 'cache', 'external'], means: 'out of a queue' },
  write: { from: CALLERS, to: COPIES, means: 'into a store or cache' },
  read: { from: ['store', 'cache', 'external'], to: READERS, means: 'from a store, cache or external API into its reader' },
  cdc: { from: ['store'], to: ['queue', 'service'], means: 'change events out of a store' },
  replicate: { from: COPIES, to: COPIES, means: 'a copy between stores' },
};

const fits = (kind: EdgeKind, from: NodeKind, to: NodeKind) => {
  const fit = FITS[kind];
  return !fit || (fit.from.includes(from) && fit.to.includes(to));
};

/** An arrow kind that makes no sense for its ends makes every answer downstream of it wrong. */
export const edgeKind: Rule = {
  ...info,
  check(ctx) {
    const { graph } = ctx;
    const findings: Finding[] = [];
    for (let e = 0; e < graph.edges.length; e++) {
      const s = graph.nodeKind[graph.source[e]!];
      const t = graph.nodeKind[graph.target[e]!];
      const kind = graph.edgeKind[e]!;
      if (!s || !t || fits(kind, s, t)) continue;
      findings.push(finding(ctx, edgeKind, { severity: 'error', nodes: [graph.source[e]!, graph.target[e]!], edges: [e] }));
    }
    return findings;
  },
  words({ graph }, { edges: [e] }) {
    const kind = graph.edgeKind[e!]!;
    const s = graph.nodeKind[graph.source[e!]!]!;
    const t = graph.nodeKind[graph.target[e!]!]!;
    const better = (Object.keys(FITS) as EdgeKind[]).find((k) => fits(k, s, t));
    return {
      message: `The "${kind}" arrow from ${label(graph, graph.source[e!]!)} to ${label(graph, graph.target[e!]!)} means ${FITS[kind]!.means}, but it goes from ${withArticle(s)} to ${withArticle(t)}.`,
      fix: better
        ? `Make it a "${better}" arrow (${FITS[better]!.means}), or reconnect it.`
        : `Reconnect it: no arrow kind goes from ${withArticle(s)} to ${withArticle(t)}; put the node that does the work in between.`,
    };
  },
};
