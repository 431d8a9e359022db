import { CURRENT_VERSION, FORMAT, LIMITS, type FlowDocument, type FlowNode } from '../../model';
import { freshId, idsOf } from './ids';
import type { Point } from './addNode';

/**
 * The selected nodes, boundaries (with the nodes inside them) and notes, and every edge among the nodes,
 * as a document of its own. A node keeps its boundary only when the boundary comes along.
 */
export function extractFragment(doc: FlowDocument, ids: readonly string[]): FlowDocument {
  const wanted = new Set(ids);
  const groups = (doc.groups ?? []).filter((g) => wanted.has(g.id));
  const groupIds = new Set(groups.map((g) => g.id));
  const notes = (doc.notes ?? []).filter((n) => wanted.has(n.id));
  const nodes = doc.nodes.filter((n) => wanted.has(n.id) || (n.group !== undefined && groupIds.has(n.group))).map((n) => (n.group === undefined || groupIds.has(n.group) ? n : withoutGroup(n)));
  const kept = new Set(nodes.map((n) => n.id));
  const edges = doc.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  return { format: FORMAT, version: CURRENT_VERSION, title: doc.title, nodes, edges, ...(groups.length ? { groups } : {}), ...(notes.length ? { notes } : {}) };
}

function withoutGroup(node: FlowNode): FlowNode {
  const { group: _left, ...rest } = node;
  return rest as FlowNode;
}

/**
 * Pasted positions stay within this distance of the origin: a valid fragment spanning ±1e308 would
 * otherwise land at Infinity, which no save can hold.
 */
const MAX_PASTED_COORDINATE = LIMITS.coordinate;

const placeAt = (at: number, offset: number) => Math.max(-MAX_PASTED_COORDINATE, Math.min(MAX_PASTED_COORDINATE, Math.round(at + offset)));

/** The top-left corner of the placed elements (the origin when none is placed). */
export function topLeft(elements: readonly { position?: Point }[]): Point {
  const placed = elements.map((n) => n.position).filter((p) => p !== undefined);
  if (placed.length === 0) return { x: 0, y: 0 };
  return { x: Math.min(...placed.map((p) => p.x)), y: Math.min(...placed.map((p) => p.y)) };
}

/** Where a fragment's top-left corner is: its nodes', boundaries' and notes' together. */
export const fragmentOrigin = (fragment: FlowDocument): Point => topLeft([...fragment.nodes, ...(fragment.groups ?? []), ...(fragment.notes ?? [])]);

/**
 * Inserts a fragment's boundaries, notes, nodes and the edges among them, renaming ids that are taken; the fragment's
 * top-left corner lands at `at`. Returns the ids of everything inserted.
 */
export function insertFragment(doc: FlowDocument, fragment: FlowDocument, at: Point): { doc: FlowDocument; ids: string[] } {
  const taken = idsOf(doc);
  const rename = new Map<string, string>();
  const origin = fragmentOrigin(fragment);
  const place = (from: Point): Point => ({ x: placeAt(at.x, from.x - origin.x), y: placeAt(at.y, from.y - origin.y) });
  const renamed = (id: string, prefix: string) => {
    const to = taken.has(id) ? freshId(prefix, taken) : id;
    taken.add(to);
    rename.set(id, to);
    return to;
  };
  const groups = (fragment.groups ?? []).map((group) => ({ ...group, id: renamed(group.id, 'boundary'), position: place(group.position) }));
  const notes = (fragment.notes ?? []).map((note) => ({ ...note, id: renamed(note.id, 'note'), position: place(note.position) }));
  const nodes = fragment.nodes.map((node, i) => {
    const id = renamed(node.id, node.kind);
    const group = node.group === undefined ? undefined : rename.get(node.group);
    const placed = { ...withoutGroup(node), id, position: place(node.position ?? { x: origin.x + i * 40, y: origin.y + i * 40 }) };
    return (group ? { ...placed, group } : placed) as FlowNode;
  });
  const edges = fragment.edges.flatMap((edge) => {
    const source = rename.get(edge.source);
    const target = rename.get(edge.target);
    if (!source || !target) return [];
    const id = taken.has(edge.id) ? freshId('e', taken) : edge.id;
    taken.add(id);
    return [{ ...edge, id, source, target }];
  });
  const ids = [...groups.map((g) => g.id), ...nodes.map((n) => n.id), ...edges.map((e) => e.id), ...notes.map((n) => n.id)];
  const next: FlowDocument = { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] };
  if (groups.length) next.groups = [...(doc.groups ?? []), ...groups];
  if (notes.length) next.notes = [...(doc.notes ?? []), ...notes];
  return { doc: next, ids };
}
