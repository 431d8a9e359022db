import { create } from 'zustand';
import { describeIssues, FlowDocument, FlowWaiver, type Box, type FlowComment, type GroupKind, type NodeKind } from '../model';
import * as edits from './edits';
import { commit, redo, startHistory, undo, type History } from './history';
import { onlyComments, type DocumentPatch } from './patches';

export interface ElementRef {
  type: 'node' | 'edge' | 'group' | 'note';
  id: string;
}

/** Why an edit changed nothing, in words a person can act on; absent when it worked. */
export type EditResult = { ok: true; ids: string[] } | { ok: false; error: string };

export const READ_ONLY_REFUSAL = 'This diagram is open read-only for review; choose “Edit a copy” to change it.';

export interface DocumentState {
  doc: FlowDocument;
  history: History;
  /**
   * While set, every edit is refused here with this reason, whoever asks: the one place a read-only
   * review (or a tab that another tab has taken editing from) is enforced.
   */
  readOnly?: string;

  setReadOnly: (reason: string | undefined) => void;
  /** Replaces the document and its history (start-up, a shared link, closing a review). Not an undo step. */
  load: (doc: FlowDocument, history?: History) => void;

  openDocument: (doc: FlowDocument) => EditResult;
  setTitle: (title: string) => EditResult;
  addNode: (kind: NodeKind, position: edits.Point) => EditResult;
  connect: (source: string, target: string) => EditResult;
  reconnect: (edgeId: string, source: string, target: string) => EditResult;
  updateElement: (ref: ElementRef, patch: edits.Patch, mergeKey?: string) => EditResult;
  /**
   * Moves nodes, boundaries and notes. With `regroup`, each moved node lands in the boundary its middle
   * is dropped in (or none), unless its boundary moves with it.
   */
  moveNodes: (positions: ReadonlyMap<string, edits.Point>, mergeKey?: string, regroup?: boolean) => EditResult;
  addGroup: (kind: GroupKind, position: edits.Point) => EditResult;
  addNote: (position: edits.Point) => EditResult;
  /** A boundary's or a note's new frame, one undo step; a boundary takes in the nodes it now covers. */
  resizeElement: (id: string, box: Box) => EditResult;
  /** A new layout, one undo step: nodes, boundaries and notes moved, boundaries refitted to these frames. */
  arrange: (positions: ReadonlyMap<string, edits.Point>, frames?: ReadonlyMap<string, Box>) => EditResult;
  deleteElements: (ids: readonly string[]) => EditResult;
  insertFragment: (fragment: FlowDocument, at: edits.Point) => EditResult;
  /** Accepts a finding: writes (or replaces) the waiver for its fingerprint. */
  acceptFinding: (waiver: FlowWaiver) => EditResult;
  /** Removes the waiver for this fingerprint, so the finding counts again. */
  reopenFinding: (fingerprint: string) => EditResult;
  /**
   * Replaces the comments, one undo step. The one edit a shared link's review accepts: a reviewer
   * comments on the diagram without changing it.
   */
  editComments: (comments: readonly FlowComment[]) => EditResult;
  undo: () => EditResult;
  redo: () => EditResult;
}

export const OTHER_TAB_REFUSAL = 'Another tab is editing this diagram; choose “Edit here instead” to edit it in this tab.';

/** The one writer of the document: every change is an action here and one step of (patch) history. */
export function createDocumentStore(initial: FlowDocument) {
  return create<DocumentState>((set, get) => {
    const apply = (next: FlowDocument, ids: string[] = [], mergeKey?: string, allowedInReview = false): EditResult => {
      const { readOnly } = get();
      if (readOnly && !(allowedInReview && readOnly === READ_ONLY_REFUSAL)) return { ok: false, error: readOnly };
      const history = commit(get().history, next, mergeKey);
      set({ history, doc: history.present });
      return { ok: true, ids };
    };
    const travel = (move: (h: History) => History, step: (h: History) => DocumentPatch | undefined): EditResult => {
      const { readOnly } = get();
      // A reviewer undoes and redoes their own comments; nothing else.
      const next = step(get().history);
      const own = readOnly === READ_ONLY_REFUSAL && next !== undefined && onlyComments(next);
      if (readOnly && !own) return { ok: false, error: readOnly };
      const history = move(get().history);
      set({ history, doc: history.present });
      return { ok: true, ids: [] };
    };
    return {
      doc: initial,
      history: startHistory(initial),
      setReadOnly: (readOnly) => set({ readOnly }),
      load: (doc, history) => set({ doc, history: history ?? startHistory(doc) }),

      openDocument: (doc) => apply(doc),
      setTitle: (title) => apply({ ...get().doc, title }, [], 'title'),
      addNode: (kind, position) => {
        const { doc, id } = edits.addNode(get().doc, kind, position);
        return apply(edits.regroup(doc, [id]), [id]);
      },
      connect: (source, target) => {
        const { doc, id, refused } = edits.connect(get().doc, source, target);
        return id ? apply(doc, [id]) : { ok: false, error: refused ?? 'An arrow needs two different nodes on the map.' };
      },
      reconnect: (edgeId, source, target) => apply(edits.reconnect(get().doc, edgeId, source, target), [edgeId]),
      updateElement: (ref, patch, mergeKey) => {
        const { doc } = get();
        const result = ref.type === 'node' ? edits.updateNode(doc, ref.id, patch) : ref.type === 'edge' ? edits.updateEdge(doc, ref.id, patch) : edits.updateAnnotation(doc, ref.type, ref.id, patch);
        return result.ok ? apply(result.doc, [ref.id], mergeKey) : result;
      },
      moveNodes: (positions, mergeKey, regroup = false) => {
        const moved = edits.moveNodes(get().doc, positions);
        if (!regroup || !moved.groups?.length) return apply(moved, [...positions.keys()], mergeKey);
        // A node whose boundary moves with it stays in it.
        const alone = moved.nodes.filter((n) => positions.has(n.id) && !(n.group !== undefined && positions.has(n.group))).map((n) => n.id);
        return apply(edits.regroup(moved, alone), [...positions.keys()], mergeKey);
      },
      addGroup: (kind, position) => {
        const { doc, id } = edits.addGroup(get().doc, kind, position);
        return apply(doc, [id]);
      },
      addNote: (position) => {
        const { doc, id } = edits.addNote(get().doc, position);
        return apply(doc, [id]);
      },
      resizeElement: (id, box) => apply(edits.resizeElement(get().doc, id, box), [id]),
      arrange: (positions, frames = new Map()) => {
        let doc = edits.moveNodes(get().doc, positions);
        for (const [id, box] of frames) doc = edits.resizeElement(doc, id, box);
        return apply(doc, [...positions.keys()]);
      },
      deleteElements: (ids) => apply(edits.deleteElements(get().doc, ids)),
      insertFragment: (fragment, at) => {
        const { doc, ids } = edits.insertFragment(get().doc, fragment, at);
        return apply(doc, ids);
      },
      acceptFinding: (waiver) => {
        const parsed = FlowWaiver.safeParse(waiver);
        if (!parsed.success) return { ok: false, error: describeIssues(parsed.error, waiver).join('; ') };
        const { waivers = [], ...doc } = get().doc;
        return apply({ ...doc, waivers: [...waivers.filter((w) => w.fingerprint !== waiver.fingerprint), parsed.data] });
      },
      reopenFinding: (fingerprint) => {
        const { waivers = [], ...doc } = get().doc;
        const kept = waivers.filter((w) => w.fingerprint !== fingerprint);
        if (kept.length === waivers.length) return { ok: false, error: 'This finding is not accepted.' };
        return apply(kept.length ? { ...doc, waivers: kept } : doc);
      },
      editComments: (comments) => {
        const { comments: _old, ...rest } = get().doc;
        const next = comments.length ? { ...rest, comments: [...comments] } : rest;
        const parsed = FlowDocument.safeParse(next);
        return parsed.success ? apply(next, [], undefined, true) : { ok: false, error: describeIssues(parsed.error, next).join('; ') };
      },
      undo: () => travel(undo, (h) => h.past.at(-1)),
      redo: () => travel(redo, (h) => h.future[0]),
    };
  });
}

export type DocumentStore = ReturnType<typeof createDocumentStore>;
