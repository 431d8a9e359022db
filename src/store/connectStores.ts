import type { FlowDocument } from '../model';
import type { DocumentStore } from './documentStore';
import type { SessionStore } from './sessionStore';

function existingIds(doc: FlowDocument): Set<string> {
  return new Set([...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id), ...(doc.groups ?? []).map((g) => g.id), ...(doc.notes ?? []).map((n) => n.id)]);
}

/** The session follows the document: a selection, rename or scenario of something an edit, undo or redo removed is dropped. */
export function connectStores(document: DocumentStore, session: SessionStore): () => void {
  return document.subscribe((state, previous) => {
    if (state.doc === previous.doc) return;
    const { selection, renaming, scenario } = session.getState();
    if (selection.length === 0 && renaming === undefined && scenario === undefined) return;
    const present = existingIds(state.doc);
    const kept = selection.filter((id) => present.has(id));
    const patch: Partial<{ selection: string[]; renaming: undefined; scenario: undefined }> = {};
    if (kept.length !== selection.length) patch.selection = kept;
    if (renaming !== undefined && !present.has(renaming)) patch.renaming = undefined;
    if (scenario !== undefined && !present.has(scenario.target.id)) patch.scenario = undefined;
    if (Object.keys(patch).length) session.setState(patch);
  });
}
