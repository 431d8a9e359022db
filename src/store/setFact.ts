import { loadDocument, type FlowDocument } from '../model';

export interface FactTarget {
  type: 'node' | 'edge';
  id: string;
}

/**
 * Sets one fact on one node or edge. The result is validated against the format, so a fact that
 * does not belong to the target's kind leaves the document unchanged (returns the same object).
 */
export function setFact(doc: FlowDocument, target: FactTarget, fact: string, value: unknown): FlowDocument {
  const list = target.type === 'node' ? 'nodes' : 'edges';
  const items = (doc[list] as { id: string }[]).map((item) => (item.id === target.id ? { ...item, [fact]: value } : item));
  const next = loadDocument({ ...doc, [list]: items });
  return next.ok ? next.doc : doc;
}
