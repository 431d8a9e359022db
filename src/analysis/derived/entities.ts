import type { FlowNode } from '../../model';
import type { Graph } from '../graph';
import { EMPTY_SET, cappedUnion, type CappedSet } from './cappedSet';
import { flowDown } from './flowDown';

const TRACKED_TRUTHS = 16;

export interface EntityWrite {
  writer: number;
  store: number;
  edge: number;
}

export interface Entities {
  /** Per node: what a store or cache holds — declared, or carried in by write, replicate and cdc arrows. */
  held: readonly (readonly string[])[];
  /** Per entity: the write arrows that carry it into a store or cache, in document order. */
  writes: ReadonlyMap<string, readonly EntityWrite[]>;
  /** Per store or cache, per entity: the nodes that write it there. */
  writers: ReadonlyMap<number, ReadonlyMap<string, readonly number[]>>;
  /** Per entity: the stores declared its source of truth. */
  truths: ReadonlyMap<string, readonly number[]>;
  /** Per entity: the nodes that write it into a source of truth, i.e. its owners. */
  owners: ReadonlyMap<string, ReadonlySet<number>>;
  /** Per node: the sources of truth it is fed from by their change events or replication, however far downstream. */
  derivedFrom: readonly CappedSet[];
}

export const declaredEntities = (node: FlowNode): readonly string[] =>
  node.kind === 'store' || node.kind === 'cache' ? (node.entities ?? []) : [];

export const isTruth = (node: FlowNode): boolean => node.kind === 'store' && node.sourceOfTruth === true;

/** What an arrow carries: its own entities, else what its target (for a write) or its source (for a copy) declares. */
export function carriedEntities(graph: Graph, e: number): readonly string[] {
  const edge = graph.edges[e]!;
  if (edge.entities && edge.entities.length > 0) return edge.entities;
  const end = edge.kind === 'write' ? graph.target[e]! : graph.source[e]!;
  return end < 0 ? [] : declaredEntities(graph.nodes[end]!);
}

const isCopyArrow = (kind: string) => kind === 'cdc' || kind === 'replicate';

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexEntities(graph: Graph): Entities {
  const held = graph.nodes.map((node, i) => {
    if (node.kind !== 'store' && node.kind !== 'cache') return [];
    const all = new Set(declaredEntities(node));
    for (const e of graph.dataIn[i]!) {
      const kind = graph.edges[e]!.kind;
      if (kind === 'write' || isCopyArrow(kind)) for (const entity of carriedEntities(graph, e)) all.add(entity);
    }
    return [...all];
  });
  const writes = new Map<string, EntityWrite[]>();
  const writers = new Map<number, Map<string, number[]>>();
  const owners = new Map<string, Set<number>>();
  graph.edges.forEach((edge, e) => {
    const [writer, store] = [graph.source[e]!, graph.target[e]!];
    if (edge.kind !== 'write' || writer < 0 || store < 0 || held[store]!.length === 0) return;
    for (const entity of carriedEntities(graph, e)) {
      push(writes, entity, { writer, store, edge: e });
      const here = writers.get(store) ?? writers.set(store, new Map()).get(store)!;
      if (!here.get(entity)?.includes(writer)) push(here, entity, writer);
      if (isTruth(graph.nodes[store]!)) owners.set(entity, (owners.get(entity) ?? new Set()).add(writer));
    }
  });
  const truths = new Map<string, number[]>();
  graph.nodes.forEach((node, i) => {
    if (isTruth(node)) for (const entity of held[i]!) push(truths, entity, i);
  });
  const fedByTruth = (i: number): CappedSet => {
    const items = graph.dataIn[i]!
      .filter((e) => isCopyArrow(graph.edges[e]!.kind) && isTruth(graph.nodes[graph.source[e]!]!))
      .map((e) => graph.source[e]!);
    return items.length === 0 ? EMPTY_SET : { items: [...new Set(items)].sort((a, b) => a - b), more: false };
  };
  return { held, writes, writers, truths, owners, derivedFrom: flowDown(graph, fedByTruth, cappedUnion(TRACKED_TRUTHS)) };
}
