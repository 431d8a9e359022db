import { MarkerType, type Edge } from '@xyflow/react';
import { worstSeverity, type Analysis, type Severity } from '../analysis';
import { NODE_SIZE, type FlowDocument } from '../model';
import type { KindFlowNode } from './KindNode';
import type { LensView } from './lenses';

function edgeLabel(kind: string, label: string | undefined, modes: readonly string[] | undefined): string {
  const text = label ? `${kind}: ${label}` : kind;
  return modes?.length ? `${text} · ${modes.join(', ')}` : text;
}

export interface ViewState {
  selection: readonly string[];
  lens?: LensView;
  renaming?: string;
  /** False when zoomed too far out for small text to be read: arrow labels go, nodes show only their name. */
  detailed?: boolean;
}

/** The React Flow view of the document: derived, never written back. */
export function toFlowElements(doc: FlowDocument, analysis: Analysis, { selection, lens, renaming, detailed = true }: ViewState): { nodes: KindFlowNode[]; edges: Edge[] } {
  const worst = new Map<string, { severity: Severity; count: number }>();
  for (const finding of analysis.findings) {
    for (const id of finding.nodes) {
      const seen = worst.get(id);
      const severity = seen ? worstSeverity(seen.severity, finding.severity) : finding.severity;
      worst.set(id, { severity, count: (seen?.count ?? 0) + 1 });
    }
  }
  const selected = new Set(selection);
  const nodes = doc.nodes.map((node, i): KindFlowNode => ({
    id: node.id,
    type: 'kind',
    position: node.position ?? { x: (i % 6) * 220, y: Math.floor(i / 6) * 140 },
    ...NODE_SIZE[node.kind],
    // Sizes are fixed per kind, so React Flow need not measure a node again after each edit.
    measured: NODE_SIZE[node.kind],
    className: lens?.nodeClass.get(node.id),
    selected: selected.has(node.id),
    ariaLabel: `${node.kind}: ${node.label}`,
    data: { label: node.label, kind: node.kind, owner: node.owner, worst: worst.get(node.id)?.severity, count: worst.get(node.id)?.count ?? 0, writes: lens?.nodeEntities.get(node.id), renaming: renaming === node.id, compact: !detailed },
  }));
  const labels = new Map(doc.nodes.map((n) => [n.id, n.label]));
  const edges = doc.edges.map((edge): Edge => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    label: detailed ? edgeLabel(edge.kind, edge.label, lens?.edgeModes.get(edge.id)) : undefined,
    selected: selected.has(edge.id),
    className: `fm-edge fm-edge--${edge.kind} ${lens?.edgeClass.get(edge.id) ?? ''}`.trim(),
    markerEnd: { type: MarkerType.ArrowClosed },
    ariaLabel: `${edge.kind} arrow from ${labels.get(edge.source) ?? edge.source} to ${labels.get(edge.target) ?? edge.target}`,
  }));
  return { nodes, edges };
}
