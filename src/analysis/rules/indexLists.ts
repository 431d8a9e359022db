/**
 * The node, edge and mention lists of one analysis's findings, end to end in one growing
 * Int32Array. A big map has ~14,000 findings, kept for a whole review: as JS arrays their lists
 * were ~40,000 small objects for the garbage collector to copy; here they are one buffer it does
 * not look into. A finding keeps where its lists start; the first three numbers there are their
 * lengths.
 */
export class IndexLists {
  #buffer = new Int32Array(1 << 12);
  #size = 0;

  /** The buffer as it is now: a later `add` may replace it with a larger copy, at the same offsets. */
  get buffer(): Int32Array {
    return this.#buffer;
  }

  /** Appends one finding's lists; returns where they start. */
  add(nodes: readonly number[], edges: readonly number[], mentions: readonly number[] | undefined): number {
    const more = mentions ? mentions.length : 0;
    const at = this.#size;
    const end = at + 3 + nodes.length + edges.length + more;
    if (end > this.#buffer.length) {
      const grown = new Int32Array(Math.max(end, this.#buffer.length * 2));
      grown.set(this.#buffer.subarray(0, at));
      this.#buffer = grown;
    }
    const b = this.#buffer;
    b[at] = nodes.length;
    b[at + 1] = edges.length;
    b[at + 2] = more;
    let p = at + 3;
    for (let k = 0; k < nodes.length; k++) b[p++] = nodes[k]!;
    for (let k = 0; k < edges.length; k++) b[p++] = edges[k]!;
    for (let k = 0; k < more; k++) b[p++] = mentions![k]!;
    this.#size = end;
    return at;
  }
}

/** Where a finding's nodes, edges and mentions lie in `buffer`: [from, to) each. */
export const nodesAt = (b: Int32Array, at: number): [number, number] => [at + 3, at + 3 + b[at]!];
export const edgesAt = (b: Int32Array, at: number): [number, number] => [at + 3 + b[at]!, at + 3 + b[at]! + b[at + 1]!];
export const mentionsAt = (b: Int32Array, at: number): [number, number] => [at + 3 + b[at]! + b[at + 1]!, at + 3 + b[at]! + b[at + 1]! + b[at + 2]!];
