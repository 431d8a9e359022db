/** The numbers before a finding's lists: their lengths and `about`. */
const HEAD = 4;

/**
 * The node, edge and mention lists of one analysis's findings, end to end in one growing
 * Int32Array. A big map has ~14,000 findings, kept for a whole review: as JS arrays their lists
 * were ~40,000 small objects for the garbage collector to copy; here they are one buffer it does
 * not look into. A finding keeps where its lists start: first their three lengths and what the
 * finding is `about` (an index its words need, or -1), then the lists.
 */
export class IndexLists {
  #buffer = new Int32Array(1 << 12);
  #size = 0;

  /** The buffer as it is now: a later `add` may replace it with a larger copy, at the same offsets. */
  get buffer(): Int32Array {
    return this.#buffer;
  }

  /** Appends one finding's lists; returns where they start. */
  add(nodes: readonly number[], edges: readonly number[], mentions: readonly number[] | undefined, about: number): number {
    const more = mentions ? mentions.length : 0;
    const at = this.#size;
    const end = at + HEAD + nodes.length + edges.length + more;
    if (end > this.#buffer.length) {
      const grown = new Int32Array(Math.max(end, this.#buffer.length * 2));
      grown.set(this.#buffer.subarray(0, at));
      this.#buffer = grown;
    }
    const b = this.#buffer;
    b[at] = nodes.length;
    b[at + 1] = edges.length;
    b[at + 2] = more;
    b[at + 3] = about;
    let p = at + HEAD;
    for (let k = 0; k < nodes.length; k++) b[p++] = nodes[k]!;
    for (let k = 0; k < edges.length; k++) b[p++] = edges[k]!;
    for (let k = 0; k < more; k++) b[p++] = mentions![k]!;
    this.#size = end;
    return at;
  }
}

/** Where a finding's nodes, edges and mentions lie in `buffer`: [from, to) each. */
export const nodesAt = (b: Int32Array, at: number): [number, number] => [at + HEAD, at + HEAD + b[at]!];
export const edgesAt = (b: Int32Array, at: number): [number, number] => [at + HEAD + b[at]!, at + HEAD + b[at]! + b[at + 1]!];
export const mentionsAt = (b: Int32Array, at: number): [number, number] => [at + HEAD + b[at]! + b[at + 1]!, at + HEAD + b[at]! + b[at + 1]! + b[at + 2]!];
export const aboutAt = (b: Int32Array, at: number): number => b[at + 3]!;
