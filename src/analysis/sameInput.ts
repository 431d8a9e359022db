import type { FlowDocument } from '../model';

/** Node fields the analysis never reads: where a node is drawn and its free-text notes. */
const UNREAD_NODE_FIELDS: ReadonlySet<string> = new Set(['position', 'notes']);
/** A node's label is read only to word findings and answers, never to find them. */
const UNREAD_OR_WORDS: ReadonlySet<string> = new Set([...UNREAD_NODE_FIELDS, 'label']);
const NONE: ReadonlySet<string> = new Set();

/** Equal field by field (arrays element by element), leaving out the unread fields. */
function sameFields(a: object, b: object, unread: ReadonlySet<string>): boolean {
  if (a === b) return true;
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
  let read = 0;
  for (const key in x) {
    if (unread.has(key)) continue;
    read++;
    const [u, v] = [x[key], y[key]];
    if (u === v) continue;
    if (!Array.isArray(u) || !Array.isArray(v) || u.length !== v.length || u.some((item, i) => item !== v[i])) return false;
  }
  for (const key in y) if (!unread.has(key)) read--;
  return read === 0;
}

const sameLists = <T extends object>(a: readonly T[] = [], b: readonly T[] = [], same: (x: T, y: T) => boolean) =>
  a === b || (a.length === b.length && a.every((item, i) => same(item, b[i]!)));

/**
 * Whether `analyze` gives the same result for both documents: they differ at most in what it never
 * reads — where nodes and boundaries are drawn, notes, comments, the title. Moving nodes is the
 * commonest edit, and it then costs a comparison instead of an analysis.
 */
export function sameToTheAnalysis(a: FlowDocument, b: FlowDocument): boolean {
  return sameBut(a, b, UNREAD_NODE_FIELDS);
}

/**
 * The nodes renamed from `a` to `b` (by index), when nothing else the analysis reads changed: the
 * analysis of `b` then finds the same findings, only worded with the new names. Undefined otherwise.
 */
export function renamedNodes(a: FlowDocument, b: FlowDocument): number[] | undefined {
  if (!sameBut(a, b, UNREAD_OR_WORDS)) return undefined;
  const renamed: number[] = [];
  for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i]!.label !== b.nodes[i]!.label) renamed.push(i);
  return renamed;
}

function sameBut(a: FlowDocument, b: FlowDocument, unreadNodeFields: ReadonlySet<string>): boolean {
  return (
    sameLists(a.nodes, b.nodes, (x, y) => sameFields(x, y, unreadNodeFields)) &&
    sameLists(a.edges, b.edges, (x, y) => sameFields(x, y, NONE)) &&
    // Of a boundary, only its owner is read (the owner of the nodes inside that name none).
    sameLists(a.groups, b.groups, (x, y) => x.id === y.id && x.owner === y.owner) &&
    JSON.stringify(a.waivers ?? []) === JSON.stringify(b.waivers ?? [])
  );
}
