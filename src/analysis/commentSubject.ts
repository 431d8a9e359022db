import type { CommentTarget, FlowDocument } from '../model';
import type { Finding } from './types';

/**
 * What a comment is on, for the panel and the exports alike: the element's name (an arrow by its two ends, a
 * finding by its rule; none for the diagram or a finding that no longer appears), the arrow's own label, and the
 * nodes and arrows to select for it.
 */
export interface CommentSubject {
  name?: string;
  label?: string;
  nodes: string[];
  edges: string[];
}

export function commentSubject(target: CommentTarget, doc: FlowDocument, findings: readonly Finding[]): CommentSubject {
  const nodeLabel = (id: string) => doc.nodes.find((n) => n.id === id)?.label ?? id;
  switch (target.type) {
    case 'diagram':
      return { nodes: [], edges: [] };
    case 'node':
      return { name: nodeLabel(target.id), nodes: [target.id], edges: [] };
    case 'edge': {
      const edge = doc.edges.find((e) => e.id === target.id);
      return { name: edge ? `${nodeLabel(edge.source)} → ${nodeLabel(edge.target)}` : target.id, label: edge?.label, nodes: [], edges: [target.id] };
    }
    case 'group':
      return { name: doc.groups?.find((g) => g.id === target.id)?.label ?? target.id, nodes: doc.nodes.filter((n) => n.group === target.id).map((n) => n.id), edges: [] };
    case 'finding': {
      const finding = findings.find((f) => f.fingerprint === target.fingerprint);
      return finding ? { name: finding.rule, nodes: finding.nodes, edges: finding.edges } : { nodes: [], edges: [] };
    }
  }
}
