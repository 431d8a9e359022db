import type { NodeOfKind } from '../../model';
import type { Graph } from '../graph';
import { carriedEntities, type Entities } from './entities';

export interface CacheStatus {
  cache: number;
  /** Its entries expire (a TTL) or it is reconciled. */
  bounded: boolean;
  /** Writes of an entity by a node that neither owns it at its source of truth nor takes it from there (a reconciled cache has none). */
  foreign: { writer: number; edge: number; entity: string }[];
}

/** Whether `writer` owns `entity` at its source of truth, reads it from there, or is fed from there by change events. */
function takesFromTruth(graph: Graph, entities: Entities, writer: number, entity: string, truths: readonly number[]): boolean {
  if (entities.owners.get(entity)?.has(writer)) return true;
  if (entities.derivedFrom[writer]!.items.some((t) => truths.includes(t))) return true;
  return graph.dataIn[writer]!.some((e) => graph.edgeKind[e] === 'read' && truths.includes(graph.source[e]!));
}

/** Every cache that holds entities: can it serve stale data forever, or data its owner never wrote? */
export function cacheStatuses(graph: Graph, entities: Entities): CacheStatus[] {
  const found: CacheStatus[] = [];
  for (const cache of graph.nodesOfKind.cache) {
    const node = graph.nodes[cache] as NodeOfKind<'cache'>;
    if (entities.held[cache]!.length === 0) continue;
    const reconciled = node.reconciliation === true;
    const foreign: CacheStatus['foreign'] = [];
    for (const edge of reconciled ? [] : graph.dataIn[cache]!) {
      const writer = graph.source[edge]!;
      if (graph.edgeKind[edge] !== 'write') continue;
      for (const entity of carriedEntities(graph, edge)) {
        const truths = entities.truths.get(entity);
        if (truths && !takesFromTruth(graph, entities, writer, entity, truths)) foreign.push({ writer, edge, entity });
      }
    }
    found.push({ cache, bounded: reconciled || node.ttlSeconds !== undefined, foreign });
  }
  return found;
}
