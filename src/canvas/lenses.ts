import type { LensId } from '../store';
import type { Analysis } from '../analysis';
import type { FlowDocument } from '../model';

export type Lens = LensId;

export const LENSES: readonly { id: Lens; name: string }[] = [
  { id: 'none', name: 'No lens' },
  { id: 'ownership', name: 'Ownership' },
  { id: 'failure', name: 'Failure paths' },
];

const ENTITY_COLOURS = ['#2563eb', '#db2777', '#16a34a', '#9333ea', '#ea580c', '#0891b2', '#65a30d', '#be123c'];

export interface LensView {
  /** Per node: the class names the lens adds, and the entities (with colours) it writes. */
  nodeClass: Map<string, string>;
  nodeEntities: Map<string, { entity: string; colour: string }[]>;
  edgeClass: Map<string, string>;
  /** Per edge: the unmitigated ways data can go wrong along it, inferred by the analysis. */
  edgeModes: Map<string, string[]>;
}

const emptyView = (): LensView => ({ nodeClass: new Map(), nodeEntities: new Map(), edgeClass: new Map(), edgeModes: new Map() });

/** Ownership: colour each entity's writers, mark nodes without an owner. */
function ownershipLens(doc: FlowDocument, analysis: Analysis): LensView {
  const view = emptyView();
  const colours = new Map<string, string>();
  for (const node of doc.nodes) {
    for (const { entity, writers } of analysis.answers[node.id]?.ownership.entities ?? []) {
      if (!colours.has(entity)) colours.set(entity, ENTITY_COLOURS[colours.size % ENTITY_COLOURS.length]!);
      for (const writer of writers) {
        const list = view.nodeEntities.get(writer) ?? [];
        if (!list.some((e) => e.entity === entity)) list.push({ entity, colour: colours.get(entity)! });
        view.nodeEntities.set(writer, list);
      }
    }
  }
  for (const node of doc.nodes) if (!node.owner) view.nodeClass.set(node.id, 'fm-lens--unowned');
  for (const edge of doc.edges) if (edge.kind !== 'write') view.edgeClass.set(edge.id, 'fm-lens--dim');
  return view;
}

/**
 * Failure paths: drawn failure edges, everything the failure findings name, and the inferred paths along
 * which data can arrive late, twice, half-written or not at all stand out, each arrow saying how; the rest dims.
 */
function failureLens(doc: FlowDocument, analysis: Analysis): LensView {
  const view = emptyView();
  const hot = new Set<string>();
  for (const finding of analysis.findings) if (finding.question === 'failure') [...finding.nodes, ...finding.edges].forEach((id) => hot.add(id));
  for (const node of doc.nodes) {
    for (const mode of analysis.answers[node.id]?.failure.modes ?? []) {
      if (mode.mitigated) continue;
      const from = new Set(mode.nodes);
      // A mode caused upstream (late behind a topic) shows on the arrow that brings it into this node.
      const edges = mode.edges.length ? mode.edges : doc.edges.filter((e) => e.target === node.id && from.has(e.source)).map((e) => e.id);
      for (const id of edges) {
        hot.add(id);
        const modes = view.edgeModes.get(id) ?? [];
        if (!modes.includes(mode.mode)) view.edgeModes.set(id, [...modes, mode.mode]);
      }
    }
  }
  for (const node of doc.nodes) view.nodeClass.set(node.id, hot.has(node.id) ? 'fm-lens--hot' : 'fm-lens--dim');
  for (const edge of doc.edges) view.edgeClass.set(edge.id, hot.has(edge.id) || edge.kind === 'failure' ? 'fm-lens--hot' : 'fm-lens--dim');
  return view;
}

export function lensView(lens: Lens, doc: FlowDocument, analysis: Analysis): LensView | undefined {
  if (lens === 'ownership') return ownershipLens(doc, analysis);
  if (lens === 'failure') return failureLens(doc, analysis);
  return undefined;
}
