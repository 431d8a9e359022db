import type { Graph } from '../graph';

export interface Seed {
  node: number;
  /** The edge that brings the seed's cause into the node, or -1. */
  via: number;
  /** What the walk carries from this seed: a node index or a caller's cause number. */
  cause: number;
}

/** Per node: the cause of the nearest seed that reaches it (-1: unreached), the edge it arrived by, and whether it is a seed. */
export interface Reach {
  readonly cause: Int32Array;
  readonly via: Int32Array;
  readonly seeded: Uint8Array;
}

const always = () => true;

/**
 * Multi-source breadth-first walk down the data edges: linear, each node reached once, from the
 * nearest seed (the earlier seed on a tie). `follow` picks the edges to walk; a node `expand`
 * refuses is reached but not walked out of.
 */
export function reach(
  graph: Graph,
  seeds: readonly Seed[],
  follow: (edge: number) => boolean = always,
  expand: (node: number) => boolean = always,
): Reach {
  const n = graph.nodes.length;
  const cause = new Int32Array(n).fill(-1);
  const via = new Int32Array(n).fill(-1);
  const seeded = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let k = 0; k < seeds.length; k++) {
    const seed = seeds[k]!;
    if (cause[seed.node] !== -1) continue;
    seeded[seed.node] = 1;
    cause[seed.node] = seed.cause;
    via[seed.node] = seed.via;
    queue[tail++] = seed.node;
  }
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    if (!expand(u)) continue;
    const out = graph.dataOut[u]!;
    // Indexed loops here and in the other whole-graph walks: they run once per analysis, often
    // before the engine optimises them, and for-of would allocate an iterator result per edge.
    for (let k = 0; k < out.length; k++) {
      const e = out[k]!;
      const v = graph.target[e]!;
      if (cause[v] !== -1 || !follow(e)) continue;
      cause[v] = cause[u]!;
      via[v] = e;
      queue[tail++] = v;
    }
  }
  return { cause, via, seeded };
}

/**
 * The edges a walk took from its seed to `node`, in order, or only the last `limit` of them. Edges
 * already in `taken` end the trace early (and new ones are added), so tracing many nodes of one
 * walk stays linear overall.
 */
export function trace(graph: Graph, walk: Reach, node: number, taken?: Set<number>, limit = Infinity): number[] {
  const edges: number[] = [];
  for (let v = node; walk.cause[v] !== -1 && edges.length < limit; v = graph.source[walk.via[v]!]!) {
    const e = walk.via[v]!;
    if (e === -1 || taken?.has(e)) break;
    taken?.add(e);
    edges.push(e);
    if (walk.seeded[v]) break;
  }
  return edges.reverse();
}
