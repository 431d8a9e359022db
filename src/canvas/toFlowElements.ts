import { MarkerType, type EdgeMarker } from '@xyflow/react';
import { worstSeverity, type Analysis, type Severity } from '../analysis';
import { nodeLayout, parallelSlots, type FlowDocument, type FlowNode, type NodeLayout } from '../model';
import type { FloatingFlowEdge } from './FloatingEdge';
import type { KindFlowNode } from './KindNode';
import type { LensView } from './lenses';
import { commentsNoun } from './commentCounts';

/** Two arrowheads for the whole map (React Flow shares a marker among the edges that ask for the same one). */
const ARROWHEAD: EdgeMarker = { type: MarkerType.ArrowClosed, color: '#64748b', width: 18, height: 18 };
const FAILURE_ARROWHEAD: EdgeMarker = { ...ARROWHEAD, color: '#dc2626' };

/** Nodes are immutable, so an unchanged node keeps its measured layout from one edit to the next. */
const layouts = new WeakMap<FlowNode, NodeLayout>();
function layoutOf(node: FlowNode): NodeLayout {
  let layout = layouts.get(node);
  if (!layout) layouts.set(node, (layout = nodeLayout(node)));
  return layout;
}

function edgeLabel(kind: string, label: string | undefined, modes: readonly string[] | undefined, comments: number | undefined): string {
  const text = label ? `${kind}: ${label}` : kind;
  const withModes = modes?.length ? `${text} · ${modes.join(', ')}` : text;
  return comments ? `${withModes} · ${commentsNoun(comments)}` : withModes;
}

export interface ViewState {
  selection: readonly string[];
  lens?: LensView;
  renaming?: string;
  /** False when zoomed too far out for small text to be read: arrow labels go, nodes show only their name. */
  detailed?: boolean;
  /** Open comment threads per node or arrow id. */
  comments?: ReadonlyMap<string, number>;
}

/** The React Flow view of the document: derived, never written back. */
export function toFlowElements(doc: FlowDocument, analysis: Analysis, { selection, lens, renaming, detailed = true, comments }: ViewState): { nodes: KindFlowNode[]; edges: FloatingFlowEdge[] } {
  const worst = new Map<string, { severity: Severity; message: string; count: number }>();
  // An accepted finding no longer marks its nodes: the panel shows it, greyed.
  for (const finding of analysis.findings.filter((f) => !f.waived)) {
    for (const id of finding.nodes) {
      const seen = worst.get(id);
      // The first finding of the worst severity speaks for the badge.
      const { severity, message } = seen && worstSeverity(seen.severity, finding.severity) === seen.severity ? seen : finding;
      worst.set(id, { severity, message, count: (seen?.count ?? 0) + 1 });
    }
  }
  const selected = new Set(selection);
  const nodes = doc.nodes.map((node, i): KindFlowNode => {
    const { width, height, label: lines, owner: ownerLines } = layoutOf(node);
    return {
      id: node.id,
      type: 'kind',
      position: node.position ?? { x: (i % 6) * 220, y: Math.floor(i / 6) * 140 },
      width,
      height,
      // The size comes from the label (the same measure the export uses), so React Flow need not measure a node after each edit.
      measured: { width, height },
      className: lens?.nodeClass.get(node.id),
      selected: selected.has(node.id),
      ariaLabel: `${node.kind}: ${node.label}`,
      data: { label: node.label, lines, owner: node.owner, ownerLines, kind: node.kind, worst: worst.get(node.id)?.severity, worstMessage: worst.get(node.id)?.message, count: worst.get(node.id)?.count ?? 0, writes: lens?.nodeEntities.get(node.id), renaming: renaming === node.id, compact: !detailed, comments: comments?.get(node.id) },
    };
  });
  const slots = parallelSlots(doc.edges);
  const labels = new Map(doc.nodes.map((n) => [n.id, n.label]));
  const edges = doc.edges.map((edge): FloatingFlowEdge => ({
    id: edge.id,
    type: 'floating',
    source: edge.source,
    target: edge.target,
    data: slots.get(edge.id),
    label: detailed ? edgeLabel(edge.kind, edge.label, lens?.edgeModes.get(edge.id), comments?.get(edge.id)) : undefined,
    selected: selected.has(edge.id),
    className: `fm-edge fm-edge--${edge.kind} ${lens?.edgeClass.get(edge.id) ?? ''}`.trim(),
    markerEnd: edge.kind === 'failure' ? FAILURE_ARROWHEAD : ARROWHEAD,
    ariaLabel: `${edge.kind} arrow from ${labels.get(edge.source) ?? edge.source} to ${labels.get(edge.target) ?? edge.target}`,
  }));
  return { nodes, edges };
}
