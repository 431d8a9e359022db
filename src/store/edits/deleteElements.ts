import type { FlowComment, FlowDocument, FlowNode } from '../../model';

/**
 * Removes the given nodes, edges, boundaries and notes, and every edge attached to a removed node.
 * The nodes of a removed boundary stay where they are, in no boundary; the comments on anything removed stay as
 * comments on the diagram (the discussion is kept, and the document stays valid to save).
 */
export function deleteElements(doc: FlowDocument, ids: readonly string[]): FlowDocument {
  const gone = new Set(ids);
  const groups = doc.groups?.filter((g) => !gone.has(g.id));
  const notes = doc.notes?.filter((n) => !gone.has(n.id));
  const annotationsGone = groups?.length !== doc.groups?.length || notes?.length !== doc.notes?.length;
  const nodes = doc.nodes.filter((n) => !gone.has(n.id));
  if (!annotationsGone && nodes.length === doc.nodes.length && !doc.edges.some((e) => gone.has(e.id))) return doc;
  const edges = doc.edges.filter((e) => !gone.has(e.id) && !gone.has(e.source) && !gone.has(e.target));
  const next: FlowDocument = { ...doc, nodes: nodes.map((n) => (n.group !== undefined && gone.has(n.group) ? outOfGroup(n) : n)), edges };
  if (groups) next.groups = groups;
  if (notes) next.notes = notes;
  if (doc.comments) {
    // What was named, and the arrows that went with a removed node; a node only taken out of a removed boundary stays.
    const removed = new Set([...gone, ...doc.edges.filter((e) => gone.has(e.source) || gone.has(e.target)).map((e) => e.id)]);
    next.comments = doc.comments.map((c) => ('id' in c.target && removed.has(c.target.id) ? onTheDiagram(c) : c));
  }
  return next;
}

const onTheDiagram = (comment: FlowComment): FlowComment => ({ ...comment, target: { type: 'diagram' } });

function outOfGroup(node: FlowNode): FlowNode {
  const { group: _gone, ...rest } = node;
  return rest as FlowNode;
}
