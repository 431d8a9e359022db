import type { CacheStatus, Conflict, Context, Contract, CopyGroup, DualWrite, FanOut } from '../derived';

/** The whole-graph findings of the context, indexed by the nodes they involve, for answering one node at a time. */
export interface NodeLookups {
  /** By the node that writes and by each system it reaches. */
  dualWrites: ReadonlyMap<number, readonly DualWrite[]>;
  /** By consumer. */
  fanOuts: ReadonlyMap<number, readonly FanOut[]>;
  /** By member. */
  copies: ReadonlyMap<number, readonly CopyGroup[]>;
  caches: ReadonlyMap<number, CacheStatus>;
  /** By queue. */
  contracts: ReadonlyMap<number, Contract>;
  /** By store written. */
  conflicts: ReadonlyMap<number, readonly Conflict[]>;
}

function byNode<T>(items: readonly T[], nodesOf: (item: T) => Iterable<number>): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    for (const node of new Set(nodesOf(item))) {
      const list = map.get(node);
      if (list) list.push(item);
      else map.set(node, [item]);
    }
  }
  return map;
}

const built = new WeakMap<Context, NodeLookups>();

/** Built on the first answer asked of a context, then reused. */
export function nodeLookups(ctx: Context): NodeLookups {
  let lookups = built.get(ctx);
  if (!lookups) {
    lookups = {
      dualWrites: byNode(ctx.dualWrites, (d) => [d.node, ...d.targets]),
      fanOuts: byNode(ctx.fanOuts, (f) => f.consumers.map((c) => c.node)),
      copies: byNode(ctx.copies, (g) => g.members),
      caches: new Map(ctx.caches.map((c) => [c.cache, c])),
      contracts: new Map(ctx.contracts.map((c) => [c.queue, c])),
      conflicts: byNode(ctx.conflicts, (c) => c.stores),
    };
    built.set(ctx, lookups);
  }
  return lookups;
}

/** Up to `cap` members of `list` other than `except`: bounded however large the list. */
export function othersThan(list: readonly number[], except: number, cap = 8): number[] {
  const others: number[] = [];
  for (const x of list) {
    if (others.length === cap) break;
    if (x !== except) others.push(x);
  }
  return others;
}
