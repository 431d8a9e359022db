import type { NodeOfKind } from '../../model';
import { askReconciliation, askTtl } from '../ask';
import { truthsOf } from '../derived';
import { label, listing, names, plural } from '../text';
import { finding, type Rule, type RuleInfo } from './rule';

const info: RuleInfo = { id: 'stale-cache', question: 'failure', title: 'Caches expire or reconcile', severity: 'warning', facts: ['entities', 'ttlSeconds', 'reconciliation', 'sourceOfTruth'] };

/** A cache that never expires, or that someone other than the owner fills, serves stale or wrong values. */
export const staleCache: Rule = {
  ...info,
  check(ctx) {
    const { entities } = ctx;
    return ctx.caches.flatMap(({ cache, bounded, foreign }, about) => {
      if (bounded && foreign.length === 0) return [];
      const writers = [...new Set(foreign.map((f) => f.writer))];
      return [finding(ctx, staleCache, {
        severity: 'warning',
        nodes: [cache, ...writers],
        edges: foreign.map((f) => f.edge),
        mentions: truthsOf(entities, entities.held[cache]!),
        about,
      })];
    });
  },
  /** About one of the context's caches; its nodes are the cache, then its foreign writers; it mentions the sources of truth. */
  words({ graph, caches }, { nodes: [cache, ...writers], mentions: truths, about }) {
    const { bounded, foreign } = caches[about]!;
    const against = truths.length > 0 ? names(graph, truths) : 'its source of truth';
    const held = [...new Set(foreign.map((f) => f.entity))];
    const problems = [
      bounded ? '' : `${label(graph, cache!)} has no TTL and no reconciliation: an entry that misses an update stays wrong for good.`,
      writers.length === 0 ? '' :
        `${names(graph, writers)} ${plural(writers.length, 'writes', 'write')} ${listing(held)} into ${label(graph, cache!)} without owning it at ${against} or reading it from there: readers can get a value the owner never wrote.`,
    ].filter(Boolean);
    return {
      message: problems.join(' '),
      fix: `Give ${label(graph, cache!)} a TTL (ttlSeconds) or reconcile it against ${against}, and fill it only from there (read-through, or its change events).`,
      unknowns: [...(bounded ? [] : askTtl(graph.nodes[cache!] as NodeOfKind<'cache'>)), ...askReconciliation(graph.nodes[cache!] as NodeOfKind<'cache'>, against)],
    };
  },
};
