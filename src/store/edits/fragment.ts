import { CURRENT_VERSION, FORMAT, LIMITS, type FlowDocument, type FlowNode } from '../../model';
import { freshId, idsOf } from './ids';
import type { Point } from './addNode';

/** The selected nodes, the selected edges between them and every edge among them, as a document of its own. */
export function extractFragment(doc: FlowDocument, ids: readonly string[]): FlowDocument {
  const wanted = new Set(ids);
  const nodes = doc.nodes.filter((n) => wanted.has(n.id));
  const kept = new Set(nodes.map((n) => n.id));
  const edges = doc.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  return { format: FORMAT, version: CURRENT_VERSION, title: doc.title, nodes, edges };
}

/**
 * Pasted positions stay within this distance of the origin: a valid fragment spanning ±1e308 would
 * otherwise land at Infinity, which no save can hold.
 */
const MAX_PASTED_COORDINATE = LIMITS.coordinate;

const placeAt = (at: number, offset: number) => Math.max(-MAX_PASTED_COORDINATE, Math.min(MAX_PASTED_COORDINATE, Math.round(at + offset)));

/** The top-left corner of the placed nodes (the origin when none is placed). */
export function topLeft(nodes: readonly FlowNode[]): Point {
  const placed = nodes.map((n) => n.position).filter((p) => p !== undefined);
  if (placed.length === 0) return { x: 0, y: 0 };
  return { x: Math.min(...placed.map((p) => p.x)), y: Math.min(...placed.map((p) => p.y)) };
}

/**
 * Inserts a fragment's nodes and the edges among them, renaming ids that are taken; the fragment's
 * top-left corner lands at `at`. Returns the ids of the inserted nodes and edges.
 */
export function insertFragment(doc: FlowDocument, fragment: FlowDocument, at: Point): { doc: FlowDocument; ids: string[] } {
  const taken = idsOf(doc);
  const rename = new Map<string, string>();
  const origin = topLeft(fragment.nodes);
  const nodes = fragment.nodes.map((node, i) => {
    const id = taken.has(node.id) ? freshId(node.kind, taken) : node.id;
    taken.add(id);
    rename.set(node.id, id);
    const from = node.position ?? { x: origin.x + i * 40, y: origin.y + i * 40 };
    return { ...node, id, position: { x: placeAt(at.x, from.x - origin.x), y: placeAt(at.y, from.y - origin.y) } };
  });
  const edges = fragment.edges.flatMap((edge) => {
    const source = rename.get(edge.source);
    const target = rename.get(edge.target);
    if (!source || !target) return [];
    const id = taken.has(edge.id) ? freshId('e', taken) : edge.id;
    taken.add(id);
    return [{ ...edge, id, source, target }];
  });
  const ids = [...nodes.map((n) => n.id), ...edges.map((e) => e.id)];
  return { doc: { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] }, ids };
}
