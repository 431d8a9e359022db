import { MarkerType, type EdgeMarker } from '@xyflow/react';
import { worstSeverity, type Analysis, type Finding, type Severity } from '../analysis';
import { nodeLayout, parallelSlots, type FlowDocument, type FlowEdge, type FlowNode, type NodeLayout, type Slot } from '../model';
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

type Badge = { severity: Severity; message: string; count: number };

/** Per node, its worst finding and how many it has; the findings list keeps its identity while unchanged, so this is made once per review. */
const badgesOf = new WeakMap<readonly Finding[], Map<string, Badge>>();
function badges(findings: readonly Finding[]): Map<string, Badge> {
  let worst = badgesOf.get(findings);
  if (worst) return worst;
  badgesOf.set(findings, (worst = new Map()));
  // An accepted finding no longer marks its nodes: the panel shows it, greyed.
  for (const finding of findings) {
    if (finding.waived) continue;
    for (const id of finding.nodes) {
      const seen = worst.get(id);
      // The first finding of the worst severity speaks for the badge.
      const { severity, message } = seen && worstSeverity(seen.severity, finding.severity) === seen.severity ? seen : finding;
      worst.set(id, { severity, message, count: (seen?.count ?? 0) + 1 });
    }
  }
  return worst;
}

const slotsOf = new WeakMap<readonly FlowEdge[], Map<string, Slot>>();
function slots(edges: readonly FlowEdge[]): Map<string, Slot> {
  let found = slotsOf.get(edges);
  if (!found) slotsOf.set(edges, (found = parallelSlots(edges)));
  return found;
}

/**
 * The canvas element made for a document element last time, while everything it was made from is the same: an
 * edit to one node of a big map makes one new element, not one per node and arrow (documents are never changed in place).
 */
function keptFor<K extends object, T>(made: WeakMap<K, { from: unknown[]; element: T }>, key: K, from: unknown[], make: () => T): T {
  const last = made.get(key);
  if (last && last.from.length === from.length && last.from.every((value, i) => value === from[i])) return last.element;
  const element = make();
  made.set(key, { from, element });
  return element;
}
const nodeElements = new WeakMap<FlowNode, { from: unknown[]; element: KindFlowNode }>();
const edgeElements = new WeakMap<FlowEdge, { from: unknown[]; element: FloatingFlowEdge }>();

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

type Elements = { nodes: KindFlowNode[]; edges: FloatingFlowEdge[] };

/**
 * The last call: its document's node and arrow lists, what the view was made from, and the elements made. A call
 * for the same view of the document with a few nodes changed (a keystroke) takes every other element by its place
 * in the lists, with no look-up per element: at 500 nodes and 750 arrows the look-ups and comparisons were most of
 * the canvas's work for a keystroke.
 */
let last: { nodes: readonly FlowNode[]; edges: readonly FlowEdge[]; view: unknown[]; made: Elements } | undefined;

/** The React Flow view of the document: derived, never written back. */
export function toFlowElements(doc: FlowDocument, analysis: Analysis, { selection, lens, renaming, detailed = true, comments }: ViewState): Elements {
  const worst = badges(analysis.findings);
  const slot = slots(doc.edges);
  const view = [worst, slot, selection, lens, renaming, detailed, comments];
  const before = last && last.nodes.length === doc.nodes.length && last.view.every((input, i) => input === view[i]) ? last : undefined;
  /** Ids of the nodes whose name may have changed since the last call: the arrows naming them are made again. */
  const renamed = new Set<string>();
  const selected = new Set(selection);
  const nodes = doc.nodes.map((node, i): KindFlowNode => {
    const was = before?.nodes[i];
    if (was === node) return before!.made.nodes[i]!;
    if (was && (was.id !== node.id || was.label !== node.label)) renamed.add(was.id).add(node.id);
    const badge = worst.get(node.id);
    const [className, isSelected, writes, isRenaming, count] = [lens?.nodeClass.get(node.id), selected.has(node.id), lens?.nodeEntities.get(node.id), renaming === node.id, comments?.get(node.id)];
    return keptFor(nodeElements, node, [node.position ? undefined : i, className, isSelected, badge?.severity, badge?.message, badge?.count, writes, isRenaming, detailed, count], () => {
      const { width, height, label: lines, owner: ownerLines } = layoutOf(node);
      return {
        id: node.id,
        type: 'kind',
        position: node.position ?? { x: (i % 6) * 220, y: Math.floor(i / 6) * 140 },
        width,
        height,
        // The size comes from the label (the same measure the export uses), so React Flow need not measure a node after each edit.
        measured: { width, height },
        className,
        selected: isSelected,
        ariaLabel: `${node.kind}: ${node.label}`,
        data: { label: node.label, lines, owner: node.owner, ownerLines, kind: node.kind, worst: badge?.severity, worstMessage: badge?.message, count: badge?.count ?? 0, writes, renaming: isRenaming, compact: !detailed, comments: count },
      };
    });
  });
  let labels: Map<string, string> | undefined;
  const edges = doc.edges.map((edge, i): FloatingFlowEdge => {
    if (before && before.edges[i] === edge && !renamed.has(edge.source) && !renamed.has(edge.target)) return before.made.edges[i]!;
    labels ??= new Map(doc.nodes.map((n) => [n.id, n.label]));
    const [from, to] = [labels.get(edge.source) ?? edge.source, labels.get(edge.target) ?? edge.target];
    const [modes, lensClass, count, isSelected] = [lens?.edgeModes.get(edge.id), lens?.edgeClass.get(edge.id), comments?.get(edge.id), selected.has(edge.id)];
    return keptFor(edgeElements, edge, [slot.get(edge.id), detailed, modes, lensClass, count, isSelected, from, to], () => ({
      id: edge.id,
      type: 'floating',
      source: edge.source,
      target: edge.target,
      data: slot.get(edge.id),
      label: detailed ? edgeLabel(edge.kind, edge.label, modes, count) : undefined,
      selected: isSelected,
      className: `fm-edge fm-edge--${edge.kind} ${lensClass ?? ''}`.trim(),
      markerEnd: edge.kind === 'failure' ? FAILURE_ARROWHEAD : ARROWHEAD,
      ariaLabel: `${edge.kind} arrow from ${from} to ${to}`,
    }));
  });
  last = { nodes: doc.nodes, edges: doc.edges, view, made: { nodes, edges } };
  return { nodes, edges };
}
