import type { Graph } from '../graph';

/**
 * Pushes a value down every data edge: each node gets `own(node)` joined with the values of all
 * nodes upstream of it. One pass along the component order; every member of a cycle sees the
 * same upstream, so a cycle gets the join of its members. `join` must be associative,
 * commutative and idempotent (a union).
 */
export function flowDown<T>(graph: Graph, own: (node: number) => T, join: (a: T, b: T) => T): T[] {
  const { order, componentStart, component, dataIn, source } = graph;
  const value = new Array<T>(order.length);
  for (let c = 0; c + 1 < componentStart.length; c++) {
    const from = componentStart[c]!;
    const to = componentStart[c + 1]!;
    for (let k = from; k < to; k++) {
      const v = order[k]!;
      let acc = own(v);
      const ins = dataIn[v]!;
      for (let j = 0; j < ins.length; j++) {
        const u = source[ins[j]!]!;
        if (component[u] !== c) acc = join(acc, value[u] as T);
      }
      value[v] = acc;
    }
    if (to - from > 1) {
      let all = value[order[from]!] as T;
      for (let k = from + 1; k < to; k++) all = join(all, value[order[k]!] as T);
      for (let k = from; k < to; k++) value[order[k]!] = all;
    }
  }
  return value;
}
