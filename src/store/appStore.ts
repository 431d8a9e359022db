import { loadDocument, type FlowDocument } from '../model';
import { fanOut } from '../templates';
import { createDocumentStore, type Notice } from './documentStore';

export const AUTOSAVE_KEY = 'flowmap:autosave';

function initialDocument(): { doc: FlowDocument; notice?: Notice } {
  const saved = globalThis.localStorage?.getItem(AUTOSAVE_KEY);
  if (!saved) return { doc: structuredClone(fanOut) };
  try {
    const loaded = loadDocument(JSON.parse(saved));
    if (loaded.ok) return { doc: loaded.doc };
    return { doc: structuredClone(fanOut), notice: { tone: 'error', text: `Your saved diagram could not be opened (${loaded.errors.join('; ')}); showing the fan-out template instead.` } };
  } catch (error) {
    return { doc: structuredClone(fanOut), notice: { tone: 'error', text: `Your saved diagram could not be opened (${(error as Error).message}).` } };
  }
}

const initial = initialDocument();

/** The app's document store. */
export const useDocumentStore = createDocumentStore(initial.doc, { notice: initial.notice });

useDocumentStore.subscribe((state, previous) => {
  if (state.doc !== previous.doc) globalThis.localStorage?.setItem(AUTOSAVE_KEY, JSON.stringify(state.doc));
});
