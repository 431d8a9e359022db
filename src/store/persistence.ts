import type { Autosave } from '../io';
import type { DocumentStore } from './documentStore';
import type { SessionStore } from './sessionStore';

const SAVE_DELAY_MS = 300;

/**
 * Saves the document a moment after each edit (never a shared diagram under review), and can be
 * paused while another tab's newer save waits for the person to choose.
 */
export function connectAutosave(store: DocumentStore, session: SessionStore, autosave: Autosave, delayMs = SAVE_DELAY_MS) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let paused = false;
  let dirty = false;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const state = store.getState();
    if (!dirty || paused || state.readOnly) return;
    const result = autosave.save(state.doc);
    if (result.ok) dirty = false;
    else session.getState().set({ notice: { tone: 'error', text: `Your diagram could not be saved in this browser (${result.error}). Export it as JSON to keep a copy.` } });
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.doc === previous.doc || state.readOnly) return;
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });
  return {
    flush,
    pause: () => {
      paused = true;
    },
    resume: () => {
      paused = false;
      flush();
    },
    /** Forget unsaved changes (the person chose another tab's version). */
    discard: () => {
      dirty = false;
    },
    dispose: () => {
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
