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

/** Everything the rules and answers share, each computed once per document. */
export interface Context {
  graph: Graph;
  origins: Origins;
  chains: Chains;
  rawInput: Reach;
  entities: Entities;
  copies: CopyGroup[];
  caches: CacheStatus[];
  duplicates: Duplicates;
  dualWrites: DualWrite[];
  fanOuts: FanOut[];
  contracts: Contract[];
  asyncHops: AsyncHops;
}

export function deriveContext(graph: Graph): Context {
  const entities = indexEntities(graph);
  return {
    graph,
    origins: findOrigins(graph),
    chains: transformChains(graph),
    rawInput: rawUserInput(graph),
    entities,
    copies: copyGroups(graph, entities),
    caches: cacheStatuses(graph, entities),
    duplicates: findDuplicates(graph),
    dualWrites: findDualWrites(graph),
    fanOuts: findFanOuts(graph),
    contracts: findContracts(graph),
    asyncHops: findAsyncHops(graph),
  };
}
