import type { FlowNode } from '../../model';
import type { Graph } from '../graph';
import { findAsyncHops, type AsyncHops } from './asyncHops';
import { cacheStatuses, type CacheStatus } from './caches';
import { LISTED_TRANSFORMERS, transformChains, type Chains } from './chains';
import { findConflicts, type Conflict } from './conflicts';
import { findContracts, type Contract } from './contracts';
import { copyGroups, type CopyGroup } from './copies';
import { findDualWrites, unreconciledCopies, type Diverging, type DualWrite } from './dualWrites';
import { findDuplicates, type Duplicates } from './duplicates';
import { indexEntities, type Entities } from './entities';
import { findFanOuts, type FanOut } from './fanOuts';
import { findOrigins, type Origins } from './origins';
import { rawUserInput } from './rawInput';
import { reach, type Reach } from './reach';
import { EMPTY_SET, cappedUnion, singleton, type CappedSet } from './cappedSet';
import { flowDown } from './flowDown';
import { transformsData } from './facts';

/**
 * Everything the rules and answers share, each computed once per document. What only the answers
 * need (origins, async hops, transformers, drift) is computed the first time an answer asks for it.
 */
export interface Context {
  readonly graph: Graph;
  readonly origins: Origins;
  readonly chains: Chains;
  readonly rawInput: Reach;
  readonly entities: Entities;
  readonly conflicts: Conflict[];
  readonly copies: CopyGroup[];
  readonly caches: CacheStatus[];
  readonly duplicates: Duplicates;
  readonly dualWrites: DualWrite[];
  /** Per dual write: the unreconciled store copies it writes beside their source of truth. */
  readonly diverging: Diverging[][];
  readonly fanOuts: FanOut[];
  readonly contracts: Contract[];
  readonly asyncHops: AsyncHops;
  /** Per node: the transforming nodes upstream of it (itself included), the first few in document order. */
  readonly transformers: CappedSet[];
  /** Per node: the nearest queue at or upstream of it whose arrows declare conflicting schemas. */
  readonly drift: Reach;
}

export function deriveContext(graph: Graph): Context {
  const entities = indexEntities(graph);
  let origins: Origins | undefined;
  let asyncHops: AsyncHops | undefined;
  let transformers: CappedSet[] | undefined;
  let drift: Reach | undefined;
  const contracts = findContracts(graph);
  const copies = copyGroups(graph, entities);
  const dualWrites = findDualWrites(graph);
  return {
    graph,
    get origins() {
      return (origins ??= findOrigins(graph));
    },
    chains: transformChains(graph),
    rawInput: rawUserInput(graph, entities),
    entities,
    conflicts: findConflicts(graph, entities),
    copies,
    caches: cacheStatuses(graph, entities),
    duplicates: findDuplicates(graph),
    dualWrites,
    diverging: unreconciledCopies(graph, dualWrites, copies),
    fanOuts: findFanOuts(graph),
    contracts,
    get asyncHops() {
      return (asyncHops ??= findAsyncHops(graph));
    },
    get transformers() {
      return (transformers ??= flowDown(graph, (i) => (transformsData(graph.nodes[i]!) ? singleton(i) : EMPTY_SET), cappedUnion(LISTED_TRANSFORMERS)));
    },
    get drift() {
      return (drift ??= reach(graph, contracts.filter((c) => c.status === 'conflict').map((c) => ({ node: c.queue, via: -1, cause: c.queue }))));
    },
  };
}

/**
 * The context of a copy of the document with nodes renamed (the same nodes otherwise, in the same
 * order): only the graph's nodes and labels differ. Everything derived reads no label, so the copy
 * shares it — including what is derived lazily, whichever context asks first.
 */
export function renamedContext(ctx: Context, nodes: readonly FlowNode[]): Context {
  const graph: Graph = { ...ctx.graph, nodes, nodeLabel: nodes.map((node) => node.label) };
  return Object.create(ctx, { graph: { value: graph, enumerable: true } }) as Context;
}
