import type { FloatingFlowEdge } from './FloatingEdge';
import type { KindFlowNode } from './KindNode';

const sameLines = (a: readonly string[], b: readonly string[]) => a === b || (a.length === b.length && a.every((line, i) => line === b[i]));

const sameWrites = (a: KindFlowNode['data']['writes'], b: KindFlowNode['data']['writes']) =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((w, i) => w.entity === b[i]!.entity && w.colour === b[i]!.colour));

function sameNode(a: KindFlowNode, b: KindFlowNode): boolean {
  const [x, y] = [a.data, b.data];
  return (
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.selected === b.selected &&
    a.className === b.className &&
    a.ariaLabel === b.ariaLabel &&
    x.label === y.label &&
    x.kind === y.kind &&
    x.owner === y.owner &&
    sameLines(x.lines, y.lines) &&
    sameLines(x.ownerLines, y.ownerLines) &&
    x.worst === y.worst &&
    x.worstMessage === y.worstMessage &&
    x.count === y.count &&
    x.comments === y.comments &&
    x.renaming === y.renaming &&
    x.compact === y.compact &&
    sameWrites(x.writes, y.writes)
  );
}

const sameSlot = (a: FloatingFlowEdge['data'], b: FloatingFlowEdge['data']) => a === b || (!!a && !!b && a.offset === b.offset && a.along === b.along && a.index === b.index);

const sameEdge = (a: FloatingFlowEdge, b: FloatingFlowEdge) =>
  a.source === b.source &&
  a.target === b.target &&
  a.label === b.label &&
  a.selected === b.selected &&
  a.className === b.className &&
  a.ariaLabel === b.ariaLabel &&
  a.markerEnd === b.markerEnd &&
  sameSlot(a.data, b.data);

function reuse<T extends { id: string }>(previous: readonly T[] | undefined, next: T[], same: (a: T, b: T) => boolean): T[] {
  if (!previous) return next;
  // Most items are where they were (often the very same object): the map by id is made only for one that moved.
  let before: Map<string, T> | undefined;
  const merged = next.map((item, i) => {
    const there = previous[i];
    if (there === item) return item;
    const old = there?.id === item.id ? there : (before ??= new Map(previous.map((kept) => [kept.id, kept]))).get(item.id);
    return old && (old === item || same(old, item)) ? old : item;
  });
  // An unchanged list keeps its identity too, so React Flow skips updating it altogether.
  return merged.length === previous.length && merged.every((item, i) => item === previous[i]) ? (previous as T[]) : merged;
}

/**
 * Keeps the previous object for every node and edge whose view did not change, so an edit to one
 * node re-renders that node, not the whole diagram (React Flow and the memoised nodes compare by identity).
 */
export function reuseElements(previous: Elements | undefined, next: Elements): Elements {
  return { nodes: reuse(previous?.nodes, next.nodes, sameNode), edges: reuse(previous?.edges, next.edges, sameEdge) };
}

type Elements = { nodes: KindFlowNode[]; edges: FloatingFlowEdge[] };

/** A function that remembers the view it last returned and reuses its unchanged elements. */
export function createElementReuser(): (next: Elements) => Elements {
  let previous: Elements | undefined;
  return (next) => (previous = reuseElements(previous, next));
}
