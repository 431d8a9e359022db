import type { Edge, Node } from '@xyflow/react';
import type { FloatingFlowEdge } from './FloatingEdge';
import type { Analysis, DocumentDiff } from '../analysis';
import type { FlowDocument, FlowEdge, FlowGroup, FlowNode } from '../model';
import { toFlowElements } from './toFlowElements';

export type ChangeMark = 'added' | 'changed' | 'removed';

/** What a comparison draws on the current version: a mark per added or changed element, and ghosts of the removed ones. */
export interface CompareMarks {
  /** Nodes, arrows and boundaries of the current version that were added or changed, by id. */
  marks: Map<string, 'added' | 'changed'>;
  /** Removed elements as they were in the other version, at their old place. */
  ghosts: { nodes: FlowNode[]; edges: FlowEdge[]; groups: FlowGroup[] };
}

const idsOf = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));

/** Which elements of the current version to mark, and which of the other version's to draw as ghosts. */
export function compareMarks(before: FlowDocument, after: FlowDocument, diff: DocumentDiff): CompareMarks {
  const marks = new Map<string, 'added' | 'changed'>();
  for (const list of [diff.nodes, diff.edges, diff.groups]) {
    for (const item of list.added) marks.set(item.id, 'added');
    for (const item of list.changed) marks.set(item.id, 'changed');
  }
  // A ghost never takes the id of something on show (ids are unique per document, not across two).
  const taken = new Set([...idsOf(after.nodes), ...idsOf(after.edges), ...idsOf(after.groups ?? []), ...idsOf(after.notes ?? [])]);
  const removed = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id).filter((id) => !taken.has(id)));
  const [goneNodes, goneEdges, goneGroups] = [removed(diff.nodes.removed), removed(diff.edges.removed), removed(diff.groups.removed)];
  const nodes = before.nodes.filter((n) => goneNodes.has(n.id));
  // A removed arrow is drawn between its ends as they are now, or their ghosts.
  const ends = new Set([...idsOf(after.nodes), ...goneNodes]);
  const edges = before.edges.filter((e) => goneEdges.has(e.id) && ends.has(e.source) && ends.has(e.target));
  const groups = (before.groups ?? []).filter((g) => goneGroups.has(g.id));
  return { marks, ghosts: { nodes, edges, groups } };
}

const NO_FINDINGS: Analysis = { findings: [], answers: {} };
/** Ghosts are drawn, not used: nothing selects, drags, connects to, focuses or deletes them. */
const INERT = { selectable: false, draggable: false, connectable: false, focusable: false, deletable: false } as const;
/** Not focusable, so React Flow gives a node no role: a ghost is a picture of what was there, named. */
const PICTURE = { ...INERT, ariaRole: 'img' } as const;
const MARK_WORD: Record<ChangeMark, string> = { added: 'added', changed: 'changed', removed: 'removed' };

function marked<T extends Node | Edge>(element: T, mark: ChangeMark): T {
  return { ...element, className: `${element.className ?? ''} fm-compare fm-compare--${mark}`.trim(), ariaLabel: `${element.ariaLabel}, ${MARK_WORD[mark]}`, domAttributes: { 'data-compare': mark } };
}

function ghostGroup(group: FlowGroup): Node {
  const { width, height } = group.size;
  return marked({ id: group.id, position: group.position, width, height, zIndex: -1, data: { label: group.label }, ariaLabel: `${group.kind} boundary: ${group.label}`, className: 'fm-compare-ghost fm-compare-ghost--group', ...PICTURE }, 'removed');
}

/**
 * The canvas's elements (nodes, boundaries, notes, arrows) with the comparison drawn on them: added and changed ones marked (their
 * accessible name says so too), removed ones added as inert ghosts. Unmarked elements keep their
 * identity, so React Flow redraws only what the comparison touches.
 */
export function withComparison(view: { nodes: readonly Node[]; edges: readonly FloatingFlowEdge[] }, after: FlowDocument, { marks, ghosts }: CompareMarks): { nodes: Node[]; edges: FloatingFlowEdge[] } {
  // Drawn with the current nodes too, so a removed arrow to a node still on show is named by that node's label.
  const drawn = toFlowElements({ ...after, nodes: [...after.nodes, ...ghosts.nodes], edges: ghosts.edges }, NO_FINDINGS, { selection: [] });
  const ghostIds = idsOf(ghosts.nodes);
  const ghostNodes = drawn.nodes.filter((n) => ghostIds.has(n.id)).map((n) => marked({ ...n, ...PICTURE, className: 'fm-compare-ghost' }, 'removed'));
  const ghostEdges = drawn.edges.map((e) => marked({ ...e, ...INERT, className: `${e.className} fm-compare-ghost` }, 'removed'));
  const mark = <T extends Node | Edge>(element: T) => {
    const change = marks.get(element.id);
    return change ? marked(element, change) : element;
  };
  return {
    nodes: [...ghosts.groups.map(ghostGroup), ...view.nodes.map(mark), ...ghostNodes],
    edges: [...view.edges.map(mark), ...ghostEdges],
  };
}
