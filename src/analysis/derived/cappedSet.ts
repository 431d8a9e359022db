/** A set of node indices kept to its `cap` smallest members (document order), remembering whether it dropped any. */
export interface CappedSet {
  readonly items: readonly number[];
  readonly more: boolean;
}

export const EMPTY_SET: CappedSet = { items: [], more: false };

export const singleton = (i: number): CappedSet => ({ items: [i], more: false });

/**
 * Union that keeps the `cap` smallest members. Exact: the smallest members of a union are among
 * the smallest of each part, so capping early loses nothing that a later union would keep.
 */
export function cappedUnion(cap: number): (a: CappedSet, b: CappedSet) => CappedSet {
  return (a, b) => {
    if (a === b || b.items.length === 0) return a.more || !b.more ? a : { items: a.items, more: true };
    if (a.items.length === 0) return a.more && !b.more ? { items: b.items, more: true } : b;
    const items: number[] = [];
    let more = a.more || b.more;
    let i = 0;
    let j = 0;
    while (i < a.items.length || j < b.items.length) {
      const x = a.items[i] ?? Infinity;
      const y = b.items[j] ?? Infinity;
      const next = Math.min(x, y);
      if (x === next) i++;
      if (y === next) j++;
      if (items.length === cap) {
        more = true;
        break;
      }
      items.push(next);
    }
    return { items, more };
  };
}
