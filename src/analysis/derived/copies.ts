import { copyNodes, type Graph } from '../graph';
import { label, listing } from '../text';
import { isTruth, type Entities } from './entities';
import { isCopyKind } from './facts';

/** Stores and caches that hold the same data. */
export interface CopyGroup {
  /** What they share: entity names, or the node whose data they copy when only their lineage links them (see `sharedData`). */
  what: (string | number)[];
  /** In document order. */
  members: number[];
  /** Members declared the source of truth. */
  truths: number[];
  /** With exactly one truth: every other store, and whether it is fed from the truth by change events or replication. */
  copies: { node: number; derived: boolean }[];
}

/** One thing a copy group shares, in words: "orders", or "the data from Checkout". */
export const sharedItem = (graph: Graph, what: string | number): string => (typeof what === 'string' ? what : `the data from ${label(graph, what)}`);

/** Everything a copy group shares, in words: "orders and refunds". */
export const sharedData = (graph: Graph, { what }: CopyGroup): string => listing(what.map((w) => sharedItem(graph, w)));

/** The queues a writer consumes from, else the writer itself: where the data of what it writes comes from. */
function feeders(graph: Graph, writer: number): number[] {
  const queues = graph.dataIn[writer]!
    .filter((e) => graph.edgeKind[e] === 'consume' && graph.nodeKind[graph.source[e]!] === 'queue')
    .map((e) => graph.source[e]!);
  return queues.length > 0 ? queues : [writer];
}

/**
 * Groups the stores and caches that hold the same data: by shared entity, and — for those that
 * declare none — by lineage (written from the same queue or service, or copied from the same store).
 */
export function copyGroups(graph: Graph, entities: Entities): CopyGroup[] {
  const holders = new Map<string, number[]>();
  const hold = (key: string, node: number) => {
    const list = holders.get(key);
    if (!list) holders.set(key, [node]);
    else if (list[list.length - 1] !== node) list.push(node);
  };
  for (const i of copyNodes(graph)) {
    if (entities.held[i]!.length > 0) {
      for (const entity of entities.held[i]!) hold(`=${entity}`, i);
      continue;
    }
    for (const e of graph.dataIn[i]!) {
      const edge = graph.edges[e]!;
      const from = graph.source[e]!;
      if (edge.kind === 'write') for (const feeder of feeders(graph, from)) hold(`~${feeder}`, i);
      if ((edge.kind === 'cdc' || edge.kind === 'replicate') && isCopyKind(graph.nodes[from]!)) {
        hold(`~${from}`, from);
        hold(`~${from}`, i);
      }
    }
  }
  const groups = new Map<string, CopyGroup>();
  for (const [key, held] of holders) {
    const members = [...new Set(held)].sort((a, b) => a - b);
    if (members.length < 2) continue;
    const what = key.startsWith('=') ? key.slice(1) : Number(key.slice(1));
    const signature = members.join(',');
    const known = groups.get(signature);
    if (known) {
      known.what.push(what);
      continue;
    }
    const truths = members.filter((m) => isTruth(graph.nodes[m]!));
    const [truth] = truths;
    const copies = truths.length !== 1 ? [] : members
      .filter((m) => m !== truth && graph.nodeKind[m] === 'store')
      .map((node) => ({ node, derived: entities.derivedFrom[node]!.items.includes(truth!) }));
    groups.set(signature, { what: [what], members, truths, copies });
  }
  return [...groups.values()];
}
