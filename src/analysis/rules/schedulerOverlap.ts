import type { NodeOfKind } from '../../model';
import { askIdempotencyKey, askIdempotent, askOverlapGuard } from '../ask';
import { reach, trace } from '../derived';
import { names } from '../text';
import type { Unknown } from '../types';
import { finding, type Rule } from './rule';

const info = { id: 'scheduler-overlap', question: 'origin', title: 'Scheduled jobs must not overlap' } as const;

interface Overlap {
  writers: number[];
  writes: number[];
  unknowns: Unknown[];
}

/**
 * A scheduled job can overlap its previous run. Without an overlap guard, every write it makes —
 * directly, or through its synchronous chain of calls — must be idempotent.
 */
export const schedulerOverlap: Rule = {
  ...info,
  check(ctx) {
    const { graph } = ctx;
    const unguarded = graph.nodesOfKind.scheduler.filter((s) => (graph.nodes[s] as NodeOfKind<'scheduler'>).overlapGuard !== true);
    if (unguarded.length === 0) return [];
    const chain = reach(graph, unguarded.map((s) => ({ node: s, via: -1, cause: s })), (e) => graph.edgeKind[e] === 'request');
    const overlaps = new Map<number, Overlap>(unguarded.map((s) => [s, { writers: [], writes: [], unknowns: [] }]));
    graph.nodes.forEach((node, v) => {
      if (chain.cause[v] === -1 || (node.kind === 'service' && node.idempotent === true)) return;
      const writes = graph.dataOut[v]!.filter((e) => graph.edgeKind[e] === 'write' && graph.edges[e]!.idempotencyKey !== true);
      if (writes.length === 0) return;
      const overlap = overlaps.get(chain.cause[v]!)!;
      overlap.writers.push(v);
      overlap.writes.push(...writes);
      overlap.unknowns.push(...(node.kind === 'service' ? askIdempotent(node) : writes.flatMap((e) => askIdempotencyKey(graph, e))));
    });
    return [...overlaps].flatMap(([scheduler, { writers, writes, unknowns }]) => {
      if (writers.length === 0) return [];
      const job = graph.nodes[scheduler] as NodeOfKind<'scheduler'>;
      writes.sort((a, b) => a - b);
      const targets = [...new Set(writes.map((e) => graph.target[e]!))];
      const through = writers.filter((w) => w !== scheduler);
      const taken = new Set<number>();
      return [finding(ctx, info, {
        severity: 'warning',
        nodes: [scheduler, ...through, ...targets],
        edges: [...through.flatMap((w) => trace(graph, chain, w, taken)), ...writes],
        message: `${job.label} has no overlap guard${job.overlapGuard === undefined ? ' (unknown)' : ''}: if a run outlasts its interval, two runs write ${names(graph, targets)} at once${through.length > 0 ? ` through ${names(graph, through)}` : ''}, and those writes are not known to be idempotent.`,
        fix: `Guard ${job.label} against overlapping runs (a lock or a single-flight schedule: overlapGuard), or make every write it causes idempotent (keyed upserts).`,
        unknowns: [...askOverlapGuard(job), ...unknowns],
      })];
    });
  },
};
