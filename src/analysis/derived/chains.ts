import type { Graph } from '../graph';
import { isOrigin, transformsData } from './facts';

/** How many chains a node keeps (the ones with the most transforming hops), and how many transforming nodes a chain lists. */
export const KEPT_CHAINS = 3;
export const LISTED_TRANSFORMERS = 10;

/**
 * Every node's chains in flat arrays: node v keeps `count[v]` chains in slots v*KEPT_CHAINS onward,
 * best first. A chain is its origin, its transforming hops (origin and node included), its length
 * in edges, and its last link: links name the transforming nodes back to the origin, whose link
 * ends the list, and are shared between chains.
 */
export interface Chains {
  count: Uint8Array;
  origin: Int32Array;
  hops: Int32Array;
  length: Int32Array;
  link: Int32Array;
  linkNode: Int32Array;
  linkPrev: Int32Array;
}

/**
 * Per node: up to KEPT_CHAINS chains from an origin, at most one per origin, longest in
 * transforming hops first. Dynamic programming along the component order; inside a cycle only the
 * edges that go forward in that order extend a chain, so every chain is a real path.
 */
export function transformChains(graph: Graph): Chains {
  const n = graph.nodes.length;
  const count = new Uint8Array(n);
  const [origin, hops, length, link] = [0, 1, 2, 3].map(() => new Int32Array(n * KEPT_CHAINS)) as [Int32Array, Int32Array, Int32Array, Int32Array];
  let linkNode = new Int32Array(n + 16);
  let linkPrev = new Int32Array(n + 16);
  let links = 0;
  const newLink = (node: number, prev: number) => {
    if (links === linkNode.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      [linkNode, linkPrev] = [grow(linkNode), grow(linkPrev)];
    }
    linkNode[links] = node;
    linkPrev[links] = prev;
    return links++;
  };
  const beats = (o: number, h: number, len: number, slot: number) =>
    h !== hops[slot] ? h > hops[slot]! : len !== length[slot] ? len > length[slot]! : o < origin[slot]!;
  /** Offers node v a chain; `transforms` says whether v adds a link to it. */
  const offer = (v: number, o: number, h: number, len: number, prev: number, transforms: boolean) => {
    const base = v * KEPT_CHAINS;
    let c = count[v]!;
    let same = 0;
    while (same < c && origin[base + same] !== o) same++;
    if (same < c) {
      if (!beats(o, h, len, base + same)) return;
    } else if (c === KEPT_CHAINS) {
      if (!beats(o, h, len, base + c - 1)) return;
      same = c - 1;
    } else same = c++;
    let at = same;
    while (at > 0 && beats(o, h, len, base + at - 1)) {
      origin[base + at] = origin[base + at - 1]!;
      hops[base + at] = hops[base + at - 1]!;
      length[base + at] = length[base + at - 1]!;
      link[base + at] = link[base + at - 1]!;
      at--;
    }
    origin[base + at] = o;
    hops[base + at] = h;
    length[base + at] = len;
    link[base + at] = transforms || prev < 0 ? newLink(v, prev) : prev;
    count[v] = c;
  };
  // Only services and gateways transform: the other nodes' objects are not read.
  const transforms = new Uint8Array(n);
  for (const kind of ['service', 'gateway'] as const) for (const i of graph.nodesOfKind[kind]) transforms[i] = transformsData(graph.nodes[i]!) ? 1 : 0;
  for (let k = 0; k < n; k++) {
    const v = graph.order[k]!;
    const t = transforms[v] === 1;
    if (isOrigin(graph, v)) offer(v, v, t ? 1 : 0, 0, -1, t);
    const ins = graph.dataIn[v]!;
    for (let j = 0; j < ins.length; j++) {
      const u = graph.source[ins[j]!]!;
      if (graph.rank[u]! >= k) continue;
      for (let slot = u * KEPT_CHAINS, end = slot + count[u]!; slot < end; slot++) {
        offer(v, origin[slot]!, hops[slot]! + (t ? 1 : 0), length[slot]! + 1, link[slot]!, t);
      }
    }
  }
  return { count, origin, hops, length, link, linkNode, linkPrev };
}

export interface ChainPath {
  /** The origin, the transforming nodes on the way (at most LISTED_TRANSFORMERS, nearest kept), then the node. */
  nodes: number[];
  transformingHops: number;
  /** Transforming nodes left out. */
  elided: number;
}

/** Chain `rank` (0: the best) into `node` as a path. */
export function chainPath(graph: Graph, chains: Chains, node: number, rank = 0): ChainPath {
  const slot = node * KEPT_CHAINS + rank;
  const { link, linkNode, linkPrev } = chains;
  // Counted first, so the path is allocated at its size: a review can list thousands.
  let listed = 0;
  for (let l = link[slot]!; linkPrev[l]! >= 0 && listed < LISTED_TRANSFORMERS; l = linkPrev[l]!) listed++;
  const origin = chains.origin[slot]!;
  const nearest = listed > 0 ? linkNode[link[slot]!]! : origin;
  const nodes = new Array<number>(1 + listed + (nearest === node ? 0 : 1));
  nodes[0] = origin;
  for (let k = listed, l = link[slot]!; k >= 1; k--, l = linkPrev[l]!) nodes[k] = linkNode[l]!;
  if (nearest !== node) nodes[listed + 1] = node;
  const hops = chains.hops[slot]!;
  return { nodes, transformingHops: hops, elided: hops - listed - (transformsData(graph.nodes[origin]!) ? 1 : 0) };
}

/** All of `node`'s chains as paths, best first. */
export const chainPaths = (graph: Graph, chains: Chains, node: number): ChainPath[] =>
  Array.from({ length: chains.count[node]! }, (_, rank) => chainPath(graph, chains, node, rank));

/** The most transforming hops on any kept chain into `node` (0 when none reaches it). */
export const longestHops = (chains: Chains, node: number): number => (chains.count[node]! > 0 ? chains.hops[node * KEPT_CHAINS]! : 0);
