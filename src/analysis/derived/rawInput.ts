import type { Graph } from '../graph';
import { carriedEntities, type Entities } from './entities';
import { isCopyKind, validates } from './facts';
import { reach, type Reach } from './reach';

/**
 * A write of data its writer reads from a store or cache that holds every entity the write
 * carries (a cache filled on a miss): what is stored comes from that read, not from whoever asked.
 */
function refillsFromRead(graph: Graph, entities: Entities, e: number): boolean {
  if (graph.edgeKind[e] !== 'write') return false;
  const carried = carriedEntities(graph, e);
  if (carried.length === 0) return false;
  const sources = graph.dataIn[graph.source[e]!]!
    .filter((r) => graph.edgeKind[r] === 'read' && isCopyKind(graph.nodes[graph.source[r]!]!))
    .map((r) => entities.held[graph.source[r]!]!);
  return carried.every((entity) => sources.some((held) => held.includes(entity)));
}

/** Whether user data can travel along the arrow: not a lookup that carries only a key, nor a refill from a read. */
const carriesUserData = (graph: Graph, entities: Entities, e: number): boolean =>
  graph.edges[e]!.keyOnly !== true && !refillsFromRead(graph, entities, e);

/**
 * Where user input arrives unvalidated: a walk from every actor along the arrows that can carry
 * its data, not past a node that validates. `cause` is the actor; a validating node is reached
 * (its input is raw) but its output is not.
 */
export function rawUserInput(graph: Graph, entities: Entities): Reach {
  const seeds = graph.nodesOfKind.actor.map((i) => ({ node: i, via: -1, cause: i }));
  return reach(graph, seeds, (e) => carriesUserData(graph, entities, e), (i) => !validates(graph.nodes[i]!));
}
