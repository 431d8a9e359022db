import type { Graph } from '../graph';
import { validates } from './facts';
import { reach, type Reach } from './reach';

/**
 * Where user input arrives unvalidated: a walk from every actor that does not go past a node that
 * validates. `cause` is the actor; a validating node is reached (its input is raw) but its output is not.
 */
export function rawUserInput(graph: Graph): Reach {
  const seeds = graph.nodesOfKind.actor.map((i) => ({ node: i, via: -1, cause: i }));
  return reach(graph, seeds, undefined, (i) => !validates(graph.nodes[i]!));
}
