import type { Graph } from '../graph';
import type { Entities } from './entities';

/** An entity written by two or more nodes into stores that may be its source of truth: nobody owns it. */
export interface Conflict {
  entity: string;
  writers: number[];
  stores: number[];
  edges: number[];
}

/** Writes into a store marked not the source of truth are projections, not owners; caches are left to stale-cache. */
export function findConflicts(graph: Graph, entities: Entities): Conflict[] {
  const found: Conflict[] = [];
  for (const [entity, writes] of entities.writes) {
    const competing = writes.filter((w) => {
      const store = graph.nodes[w.store]!;
      return store.kind === 'store' && store.sourceOfTruth !== false;
    });
    const writers = [...new Set(competing.map((w) => w.writer))];
    if (writers.length < 2) continue;
    found.push({ entity, writers, stores: [...new Set(competing.map((w) => w.store))], edges: competing.map((w) => w.edge) });
  }
  return found;
}
