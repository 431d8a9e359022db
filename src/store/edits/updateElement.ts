import { FACTS_BY_KIND, FlowEdge, FlowGroup, FlowNode, FlowNote, formatPath, type FlowDocument, type NodeKind } from '../../model';

export type Patch = Record<string, unknown>;
export type UpdateResult = { ok: true; doc: FlowDocument } | { ok: false; error: string };

/** Applies a patch; a key whose value is `undefined` is removed (the fact becomes unknown). */
function patched(item: object, patch: Patch): Record<string, unknown> {
  const next: Record<string, unknown> = { ...item };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next;
}

function firstError(error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  return issue ? `${formatPath(issue.path)}: ${issue.message}` : 'invalid value';
}

/** Facts that do not exist on the new kind are dropped, so changing a node's kind always succeeds. */
function withoutForeignFacts(node: Record<string, unknown>, kind: NodeKind): Record<string, unknown> {
  const allowed = new Set(FACTS_BY_KIND[kind]);
  const all = new Set(Object.values(FACTS_BY_KIND).flat());
  return Object.fromEntries(Object.entries(node).filter(([key]) => !all.has(key) || allowed.has(key)));
}

/** Changes one node, validated against the format; an invalid change names the field and changes nothing. */
export function updateNode(doc: FlowDocument, id: string, patch: Patch): UpdateResult {
  const index = doc.nodes.findIndex((n) => n.id === id);
  const node = doc.nodes[index];
  if (!node) return { ok: false, error: `no node "${id}"` };
  let candidate = patched(node, patch);
  if (patch.kind !== undefined && patch.kind !== node.kind) candidate = withoutForeignFacts(candidate, patch.kind as NodeKind);
  const parsed = FlowNode.safeParse(candidate);
  if (!parsed.success) return { ok: false, error: firstError(parsed.error) };
  const nodes = doc.nodes.slice();
  nodes[index] = parsed.data;
  return { ok: true, doc: { ...doc, nodes } };
}

/** Changes one edge, validated against the format. Leaving the failure kind drops its `mode`. */
export function updateEdge(doc: FlowDocument, id: string, patch: Patch): UpdateResult {
  const index = doc.edges.findIndex((e) => e.id === id);
  const edge = doc.edges[index];
  if (!edge) return { ok: false, error: `no edge "${id}"` };
  const candidate = patched(edge, patch);
  if (candidate.kind !== 'failure') delete candidate.mode;
  const parsed = FlowEdge.safeParse(candidate);
  if (!parsed.success) return { ok: false, error: firstError(parsed.error) };
  const edges = doc.edges.slice();
  edges[index] = parsed.data;
  return { ok: true, doc: { ...doc, edges } };
}

const ANNOTATIONS = { group: { key: 'groups', schema: FlowGroup }, note: { key: 'notes', schema: FlowNote } } as const;

/** Changes one boundary or note, validated against the format (a boundary's label, kind and owner; a note's text). */
export function updateAnnotation(doc: FlowDocument, type: keyof typeof ANNOTATIONS, id: string, patch: Patch): UpdateResult {
  const { key, schema } = ANNOTATIONS[type];
  const items: readonly { id: string }[] = doc[key] ?? [];
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) return { ok: false, error: `no ${type} "${id}"` };
  const parsed = schema.safeParse(patched(items[index]!, patch));
  if (!parsed.success) return { ok: false, error: firstError(parsed.error) };
  const next = items.slice();
  next[index] = parsed.data;
  return { ok: true, doc: { ...doc, [key]: next } };
}
