import { create } from 'zustand';
import type { FlowDocument, NodeKind } from '../model';
import type { Lens } from '../canvas/lenses';
import * as edits from './edits';
import { commit, redo, startHistory, undo, type History } from './history';

export interface ElementRef {
  type: 'node' | 'edge';
  id: string;
}

export interface Notice {
  tone: 'error' | 'info';
  text: string;
  actions?: { label: string; run: () => void }[];
}

export interface DocumentState {
  doc: FlowDocument;
  history: History<FlowDocument>;
  selection: string[];
  /** The node whose label is being edited in place. */
  renaming?: string;
  /** Positions of nodes being dragged: view state until the drag ends and becomes one undo step. */
  dragging?: ReadonlyMap<string, edits.Point>;
  /** Bumped when a whole document is opened or laid out again, so the canvas fits it into view. */
  fitRequest: number;
  notice?: Notice;
  lens: Lens;
  snapToGrid: boolean;
  /** Set while a shared link is shown read-only; `own` is the visitor's diagram, untouched until they choose. */
  review?: { own: FlowDocument };

  setLens: (lens: Lens) => void;
  setSnapToGrid: (on: boolean) => void;
  setNotice: (notice?: Notice) => void;
  select: (ids: string[]) => void;
  selectAll: () => void;
  startRename: (id?: string) => void;

  openDocument: (doc: FlowDocument) => void;
  setTitle: (title: string) => void;
  addNode: (kind: NodeKind, position: edits.Point) => string;
  connect: (source: string, target: string) => void;
  reconnect: (edgeId: string, source: string, target: string) => void;
  updateElement: (ref: ElementRef, patch: edits.Patch, mergeKey?: string) => edits.UpdateResult;
  answerUnknown: (ref: ElementRef, fact: string, value: string | number | boolean) => void;
  drag: (positions?: ReadonlyMap<string, edits.Point>) => void;
  moveNodes: (positions: ReadonlyMap<string, edits.Point>, mergeKey?: string) => void;
  /** New positions for the whole diagram (auto layout): one undo step, then fit to view. */
  arrange: (positions: ReadonlyMap<string, edits.Point>) => void;
  deleteElements: (ids: readonly string[]) => void;
  insertFragment: (fragment: FlowDocument, at: edits.Point) => void;
  undo: () => void;
  redo: () => void;

  showShared: (shared: FlowDocument) => void;
  /** The shared diagram becomes an edit on top of the visitor's own: Undo brings theirs back. */
  editSharedCopy: () => void;
  closeShared: () => void;
}

/** Keeps only selected ids that still exist after an edit, undo or redo. */
function existing(doc: FlowDocument, ids: readonly string[]): string[] {
  const present = new Set([...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id)]);
  const kept = ids.filter((id) => present.has(id));
  return kept.length === ids.length ? (ids as string[]) : kept;
}

/** The one writer of the document: every change is an action here and one step of undo history. */
export function createDocumentStore(initial: FlowDocument, extra: Partial<Pick<DocumentState, 'notice'>> = {}) {
  return create<DocumentState>((set, get) => {
    const apply = (next: FlowDocument, mergeKey?: string, selection?: string[]) => {
      const history = commit(get().history, next, mergeKey);
      set({ history, doc: history.present, selection: existing(history.present, selection ?? get().selection) });
    };
    const travel = (move: (h: History<FlowDocument>) => History<FlowDocument>) => {
      const history = move(get().history);
      set({ history, doc: history.present, selection: existing(history.present, get().selection), renaming: undefined });
    };
    return {
      doc: initial,
      history: startHistory(initial),
      selection: [],
      fitRequest: 0,
      lens: 'none',
      snapToGrid: true,
      ...extra,

      setLens: (lens) => set({ lens }),
      setSnapToGrid: (snapToGrid) => set({ snapToGrid }),
      setNotice: (notice) => set({ notice }),
      select: (selection) => set({ selection }),
      selectAll: () => set(({ doc }) => ({ selection: [...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id)] })),
      startRename: (renaming) => set({ renaming }),

      openDocument: (doc) => {
        apply(doc, undefined, []);
        set((state) => ({ fitRequest: state.fitRequest + 1, renaming: undefined }));
      },
      setTitle: (title) => apply({ ...get().doc, title }, 'title'),
      addNode: (kind, position) => {
        const { doc, id } = edits.addNode(get().doc, kind, position);
        apply(doc, undefined, [id]);
        return id;
      },
      connect: (source, target) => {
        const { doc, id } = edits.connect(get().doc, source, target);
        if (id) apply(doc, undefined, [id]);
      },
      reconnect: (edgeId, source, target) => apply(edits.reconnect(get().doc, edgeId, source, target)),
      updateElement: (ref, patch, mergeKey) => {
        const update = ref.type === 'node' ? edits.updateNode : edits.updateEdge;
        const result = update(get().doc, ref.id, patch);
        if (result.ok) apply(result.doc, mergeKey);
        return result;
      },
      answerUnknown: (ref, fact, value) => void get().updateElement(ref, { [fact]: value }),
      drag: (dragging) => set({ dragging }),
      moveNodes: (positions, mergeKey) => {
        apply(edits.moveNodes(get().doc, positions), mergeKey);
        set({ dragging: undefined });
      },
      arrange: (positions) => {
        apply(edits.moveNodes(get().doc, positions));
        set((state) => ({ fitRequest: state.fitRequest + 1 }));
      },
      deleteElements: (ids) => apply(edits.deleteElements(get().doc, ids), undefined, []),
      insertFragment: (fragment, at) => {
        const { doc, ids } = edits.insertFragment(get().doc, fragment, at);
        apply(doc, undefined, ids);
      },
      undo: () => travel(undo),
      redo: () => travel(redo),

      showShared: (shared) => {
        const own = get().review?.own ?? get().doc;
        set((state) => ({ review: { own }, doc: shared, history: startHistory(shared), selection: [], renaming: undefined, fitRequest: state.fitRequest + 1 }));
      },
      editSharedCopy: () => {
        const { review, doc } = get();
        if (!review) return;
        const history = commit(startHistory(review.own), doc);
        set((state) => ({ review: undefined, history, doc, fitRequest: state.fitRequest + 1 }));
      },
      closeShared: () => {
        const { review } = get();
        if (!review) return;
        set((state) => ({ review: undefined, history: startHistory(review.own), doc: review.own, selection: [], fitRequest: state.fitRequest + 1 }));
      },
    };
  });
}

export type DocumentStore = ReturnType<typeof createDocumentStore>;
