import type { Graph } from '../graph';
import { findAsyncHops, type AsyncHops } from './asyncHops';
import { cacheStatuses, type CacheStatus } from './caches';
import { transformChains, type Chains } from './chains';
import { findContracts, type Contract } from './contracts';
import { copyGroups, type CopyGroup } from './copies';
import { findDualWrites, type DualWrite } from './dualWrites';
import { findDuplicates, type Duplicates } from './duplicates';
import { indexEntities, type Entities } from './entities';
import { findFanOuts, type FanOut } from './fanOuts';
import { findOrigins, type Origins } from './origins';
import { rawUserInput } from './rawInput';
import type { Reach } from './reach';

/**
 * Everything the rules and answers share, each computed once per document. What only the answers
 * need (origins, async hops) is computed the first time an answer asks for it.
 */
export interface Context {
  readonly graph: Graph;
  readonly origins: Origins;
  readonly chains: Chains;
  readonly rawInput: Reach;
  readonly entities: Entities;
  readonly copies: CopyGroup[];
  readonly caches: CacheStatus[];
  readonly duplicates: Duplicates;
  readonly dualWrites: DualWrite[];
  readonly fanOuts: FanOut[];
  readonly contracts: Contract[];
  readonly asyncHops: AsyncHops;
}

export function deriveContext(graph: Graph): Context {
  const entities = indexEntities(graph);
  let origins: Origins | undefined;
  let asyncHops: AsyncHops | undefined;
  return {
    graph,
    get origins() {
      return (origins ??= findOrigins(graph));
    },
    chains: transformChains(graph),
    rawInput: rawUserInput(graph, entities),
    entities,
    copies: copyGroups(graph, entities),
    caches: cacheStatuses(graph, entities),
    duplicates: findDuplicates(graph),
    dualWrites: findDualWrites(graph),
    fanOuts: findFanOuts(graph),
    contracts: findContracts(graph),
    get asyncHops() {
      return (asyncHops ??= findAsyncHops(graph));
    },
  };
}
