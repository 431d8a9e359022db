import type { Migration } from './migration';

type Item = { id?: unknown };

/** The first free id of the form `id-arrow`, `id-arrow-2`, … */
function freeId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const candidate = `${id.slice(0, 54)}-arrow${n === 1 ? '' : `-${n}`}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * v2 adds optional boundaries (groups), notes, comments, waivers and a node's `group`, and makes ids
 * unique across elements. A v1 arrow may share its id with a node (nothing in v1 refers to an arrow
 * by id), so such an arrow gets a free id; everything else is kept as it was.
 */
export const v1ToV2: Migration = (raw) => {
  const nodes = Array.isArray(raw.nodes) ? (raw.nodes as Item[]) : [];
  if (!Array.isArray(raw.edges)) return { ...raw, version: 2 };
  const taken = new Set(nodes.map((n) => n?.id).filter((id): id is string => typeof id === 'string'));
  const nodeIds = new Set(taken);
  for (const edge of raw.edges as Item[]) if (typeof edge?.id === 'string') taken.add(edge.id);
  const edges = (raw.edges as Item[]).map((edge) => {
    if (typeof edge?.id !== 'string' || !nodeIds.has(edge.id)) return edge;
    const id = freeId(edge.id, taken);
    taken.add(id);
    return { ...edge, id };
  });
  return { ...raw, version: 2, edges };
};
