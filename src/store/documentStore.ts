import { create } from 'zustand';
import { loadDocument, type FlowDocument } from '../model';
import { fanOut } from '../templates';
import { setFact, type FactTarget } from './setFact';
import type { Lens } from '../canvas/lenses';

export const AUTOSAVE_KEY = 'flowmap:autosave';

interface DocumentState {
  doc: FlowDocument;
  /** Why the saved diagram could not be opened, shown once instead of silently replacing it. */
  loadProblem?: string;
  selection: string[];
  /** The canvas lens: view state, not part of the document. */
  lens: Lens;
  setLens: (lens: Lens) => void;
  replaceDocument: (doc: FlowDocument) => void;
  select: (ids: string[]) => void;
  answerUnknown: (target: FactTarget, fact: string, value: string | number | boolean) => void;
}

function initialDocument(): { doc: FlowDocument; loadProblem?: string } {
  const saved = globalThis.localStorage?.getItem(AUTOSAVE_KEY);
  if (!saved) return { doc: structuredClone(fanOut) };
  try {
    const loaded = loadDocument(JSON.parse(saved));
    return loaded.ok ? { doc: loaded.doc } : { doc: structuredClone(fanOut), loadProblem: loaded.errors.join('; ') };
  } catch (error) {
    return { doc: structuredClone(fanOut), loadProblem: (error as Error).message };
  }
}

/** The one writer of the document: every change goes through an action here. */
export const useDocumentStore = create<DocumentState>((set) => ({
  ...initialDocument(),
  selection: [],
  lens: 'none',
  setLens: (lens) => set({ lens }),
  replaceDocument: (doc) => set({ doc, selection: [] }),
  select: (selection) => set({ selection }),
  answerUnknown: (target, fact, value) => set((state) => ({ doc: setFact(state.doc, target, fact, value) })),
}));

useDocumentStore.subscribe((state, previous) => {
  if (state.doc !== previous.doc) globalThis.localStorage?.setItem(AUTOSAVE_KEY, JSON.stringify(state.doc));
});
