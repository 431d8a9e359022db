import type { NodeOfKind } from '../../model';
import { askIdempotencyKey, askIdempotent, askOverlapGuard } from '../ask';
import { reach, trace, type Context, type Reach } from '../derived';
import type { Graph } from '../graph';
import { label, names } from '../text';
import type { Unknown } from '../types';
import { finding, type Rule, type RuleInfo } from './rule';

const info: RuleInfo = { id: 'scheduler-overlap', question: 'origin', title: 'Scheduled jobs must not overlap', severity: 'error', facts: ['overlapGuard', 'idempotent', 'idempotencyKey'] };

interface Overlap {
  /** Nodes on the job's chain that write or call an external API. */
  actors: number[];
  writes: number[];
  calls: number[];
}

/** Writes not known to be idempotent: an idempotent service's writes are, and so is a keyed write. */
function riskyWrites(graph: Graph, v: number): number[] {
  const node = graph.nodes[v]!;
  if (node.kind === 'service' && node.idempotent === true) return [];
  return graph.dataOut[v]!.filter((e) => graph.edgeKind[e] === 'write' && graph.edges[e]!.idempotencyKey !== true);
}

/** Calls into an external API without an idempotency key: we cannot make the API idempotent, only key the call. */
const unkeyedExternalCalls = (graph: Graph, v: number): number[] =>
  graph.dataOut[v]!.filter((e) => graph.edgeKind[e] === 'request' && graph.nodeKind[graph.target[e]!] === 'external' && graph.edges[e]!.idempotencyKey !== true);

/** What the writes and calls of the job's chain leave unknown: whether each writer is idempotent, whether each call or write is keyed. */
function overlapUnknowns(graph: Graph, actors: readonly number[]): Unknown[] {
  return actors.flatMap((v) => {
    const node = graph.nodes[v]!;
    const writes = riskyWrites(graph, v);
    const asked = writes.length === 0 ? [] : node.kind === 'service' ? askIdempotent(node) : writes.flatMap((e) => askIdempotencyKey(graph, e));
    return [...asked, ...unkeyedExternalCalls(graph, v).flatMap((e) => askIdempotencyKey(graph, e))];
  });
}

function effects(targets: string, callees: string, through: string): string {
  const parts = [targets ? `write ${targets}` : '', callees ? `call ${callees}` : ''].filter(Boolean);
  return `two runs ${parts.join(' and ')} at once${through}`;
}

/** The chain of synchronous calls walked from every unguarded job at once, and what each job's chain writes and calls. */
function overlaps(graph: Graph): { chain: Reach; byJob: Map<number, Overlap> } {
  const unguarded = graph.nodesOfKind.scheduler.filter((s) => (graph.nodes[s] as NodeOfKind<'scheduler'>).overlapGuard !== true);
  const chain = reach(graph, unguarded.map((s) => ({ node: s, via: -1, cause: s })), (e) => graph.edgeKind[e] === 'request' && graph.nodeKind[graph.target[e]!] !== 'external');
  const byJob = new Map<number, Overlap>(unguarded.map((s) => [s, { actors: [], writes: [], calls: [] }]));
  graph.nodes.forEach((_, v) => {
    if (chain.cause[v] === -1) return;
    const writes = riskyWrites(graph, v);
    const calls = unkeyedExternalCalls(graph, v);
    if (writes.length + calls.length === 0) return;
    const overlap = byJob.get(chain.cause[v]!)!;
    overlap.actors.push(v);
    overlap.writes.push(...writes);
    overlap.calls.push(...calls);
  });
  return { chain, byJob };
}

/** Per context: its jobs' overlaps, walked once for the check and every finding's words. */
const overlapsFound = new WeakMap<Context, ReturnType<typeof overlaps>>();

function overlapsIn(ctx: Context): ReturnType<typeof overlaps> {
  let found = overlapsFound.get(ctx);
  if (!found) overlapsFound.set(ctx, (found = overlaps(ctx.graph)));
  return found;
}

/** A job's overlap as a finding tells it: the stores written and APIs called (writes and calls sorted in place), the nodes in between. */
function told(graph: Graph, scheduler: number, { actors, writes, calls }: Overlap) {
  const [targets, callees] = [writes, calls].map((list) => [...new Set(list.sort((a, b) => a - b).map((e) => graph.target[e]!))]) as [number[], number[]];
  const through = actors.filter((w) => w !== scheduler);
  const unsafeCall = calls.some((e) => graph.edges[e]!.idempotencyKey === false);
  return { targets, callees, through, unsafeCall };
}

/**
 * A scheduled job can overlap its previous run. Without an overlap guard, every write it makes —
 * directly, or through its synchronous chain of calls — must be idempotent, and every call into
 * an external API (a payment, a transfer) must carry an idempotency key.
 */
export const schedulerOverlap: Rule = {
  ...info,
  check(ctx) {
    const { graph } = ctx;
    if (graph.nodesOfKind.scheduler.length === 0) return [];
    const { chain, byJob } = overlapsIn(ctx);
    return [...byJob].flatMap(([scheduler, overlap]) => {
      if (overlap.actors.length === 0) return [];
      const { targets, callees, through, unsafeCall } = told(graph, scheduler, overlap);
      const taken = new Set<number>();
      return [finding(ctx, schedulerOverlap, {
        severity: unsafeCall ? 'error' : 'warning',
        nodes: [scheduler, ...through, ...targets, ...callees],
        edges: [...through.flatMap((w) => trace(graph, chain, w, taken)), ...overlap.writes, ...overlap.calls],
      })];
    });
  },
  /** Its first node is the job: what its chain writes and calls is as the check found it (again, after a rename). */
  words(ctx, { nodes: [scheduler] }) {
    const { graph } = ctx;
    const job = graph.nodes[scheduler!] as NodeOfKind<'scheduler'>;
    const overlap = overlapsIn(ctx).byJob.get(scheduler!)!;
    const { writes, calls, actors } = overlap;
    const { targets, callees, through, unsafeCall } = told(graph, scheduler!, overlap);
    return {
      message: `${label(graph, scheduler!)} has no overlap guard${job.overlapGuard === undefined ? ' (unknown)' : ''}: if a run outlasts its interval, ${effects(names(graph, targets), names(graph, callees), through.length > 0 ? ` through ${names(graph, through)}` : '')}, and ${calls.length > 0 ? `${names(graph, callees)} cannot be made idempotent by us: ${unsafeCall ? 'a call carries no idempotency key, so a payment or transfer happens twice' : 'only an idempotency key on the call stops a repeat'}` : 'those writes are not known to be idempotent'}.`,
      fix: `Guard ${label(graph, scheduler!)} against overlapping runs (a lock or a single-flight schedule: overlapGuard)${writes.length > 0 ? ', or make every write it causes idempotent (keyed upserts)' : ''}${calls.length > 0 ? `${writes.length > 0 ? ',' : ', or'} send an idempotency key with every call to ${names(graph, callees)}` : ''}.`,
      unknowns: [...askOverlapGuard(job), ...overlapUnknowns(graph, actors)],
    };
  },
};
