/** Joins one path's parts into its `d`; the key names the path (e.g. `boxes:<colour>`). */
export type Join = (key: string, parts: string[]) => string;

const sameParts = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((part, i) => part === b[i]);

/** Whether two lists of keyed paths draw the same: the same keys, in the same order, with the same `d`. */
export const samePaths = <K>(a: readonly [K, string][], b: readonly [K, string][]) => a.length === b.length && a.every(([key, d], i) => key === b[i]![0] && d === b[i]![1]);

/**
 * For drawings made again and again from parts that mostly stay the same (each node's box, each arrow's curve): each
 * call starts a drawing and returns its `join`, which joins a path again only when its parts changed since the last
 * drawing, and otherwise hands back the `d` it made then. Joining every part of a big map again per keystroke took
 * as long as the rest of the canvas's work for it.
 */
export function createPathJoiner(): () => Join {
  let last = new Map<string, { parts: string[]; d: string }>();
  return () => {
    const before = last;
    const drawing = (last = new Map());
    return (key, parts) => {
      const kept = before.get(key);
      const path = kept && sameParts(kept.parts, parts) ? kept : { parts, d: parts.join('') };
      drawing.set(key, path);
      return path.d;
    };
  };
}
