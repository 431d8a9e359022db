import type { FlowNode } from '../../model';
import { copyNodes, type Graph } from '../graph';
import { EMPTY_SET, cappedUnion, singleton, type CappedSet } from './cappedSet';
import { flowDown } from './flowDown';

const union = cappedUnion(16);

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
  writers: ReadonlyMap<number, ReadonlyMap<string, ReadonlySet<number>>>;
  /** Per entity: the stores declared its source of truth. */
  truths: ReadonlyMap<string, readonly number[]>;
  /** Per entity: the nodes that write it into a source of truth, i.e. its owners. */
  owners: ReadonlyMap<string, ReadonlySet<number>>;
  /** Per node: the sources of truth it is fed from by their change events (cdc or an outbox relay) or replication, however far downstream. */
  derivedFrom: readonly CappedSet[];
}

const declaredEntities = (node: FlowNode): readonly string[] =>
  node.kind === 'store' || node.kind === 'cache' ? (node.entities ?? []) : [];

export const isTruth = (node: FlowNode): boolean => node.kind === 'store' && node.sourceOfTruth === true;

/** What an arrow carries: its own entities, else what its target (for a write) or its source (for a copy) declares. */
export function carriedEntities(graph: Graph, e: number): readonly string[] {
  const edge = graph.edges[e]!;
  if (edge.entities && edge.entities.length > 0) return edge.entities;
  const end = edge.kind === 'write' ? graph.target[e]! : graph.source[e]!;
  return end < 0 ? [] : declaredEntities(graph.nodes[end]!);
}

const isCopyArrow = (kind: string | undefined) => kind === 'cdc' || kind === 'replicate';

/** A change-event path out of a store: cdc, replication, or a relay polling its outbox or change log. */
export const isChangeFeed = (graph: Graph, e: number): boolean => isCopyArrow(graph.edgeKind[e]) || (graph.edgeKind[e] === 'read' && graph.edges[e]!.relay === true);
const NOTHING: readonly string[] = Object.freeze([]);

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The first few sources of truth of any of these entities, however many there are. */
export function truthsOf(entities: Entities, held: readonly string[], cap = 4): number[] {
  const found: number[] = [];
  for (const entity of held) {
    for (const t of entities.truths.get(entity) ?? []) {
      if (found.length === cap) return found;
      if (!found.includes(t)) found.push(t);
    }
  }
  return found;
}

export function indexEntities(graph: Graph): Entities {
  // Only stores and caches hold entities: the other nodes are not read (their objects come in many shapes, so reading them is slow).
  const held = new Array<readonly string[]>(graph.nodes.length).fill(NOTHING);
  for (const i of copyNodes(graph)) {
    const all = new Set(declaredEntities(graph.nodes[i]!));
    const ins = graph.dataIn[i]!;
    for (let j = 0; j < ins.length; j++) {
      const e = ins[j]!;
      const kind = graph.edgeKind[e];
      if (kind === 'write' || isCopyArrow(kind)) for (const entity of carriedEntities(graph, e)) all.add(entity);
    }
    held[i] = [...all];
  }
  const writes = new Map<string, EntityWrite[]>();
  const writers = new Map<number, Map<string, Set<number>>>();
  const owners = new Map<string, Set<number>>();
  for (const e of graph.edgesOfKind.write) {
    const writer = graph.source[e]!;
    const store = graph.target[e]!;
    if (writer < 0 || store < 0 || held[store]!.length === 0) continue;
    for (const entity of carriedEntities(graph, e)) {
      push(writes, entity, { writer, store, edge: e });
      const here = writers.get(store) ?? writers.set(store, new Map()).get(store)!;
      here.set(entity, (here.get(entity) ?? new Set()).add(writer));
      if (isTruth(graph.nodes[store]!)) owners.set(entity, (owners.get(entity) ?? new Set()).add(writer));
    }
  }
  const truths = new Map<string, number[]>();
  for (const i of graph.nodesOfKind.store) if (isTruth(graph.nodes[i]!)) for (const entity of held[i]!) push(truths, entity, i);
  const fedByTruth = (i: number): CappedSet => {
    let fed = EMPTY_SET;
    const ins = graph.dataIn[i]!;
    for (let j = 0; j < ins.length; j++) {
      const e = ins[j]!;
      const from = graph.source[e]!;
      if (isChangeFeed(graph, e) && isTruth(graph.nodes[from]!)) fed = union(fed, singleton(from));
    }
    return fed;
  };
  return { held, writes, writers, truths, owners, derivedFrom: flowDown(graph, fedByTruth, union) };
}
