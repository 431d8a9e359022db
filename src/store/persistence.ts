import type { FlowDocument } from '../model';
import type { SaveOutcome, SaveReason } from '../storage';
import type { DocumentStore } from './documentStore';
import type { SessionStore } from './sessionStore';

const SAVE_DELAY_MS = 300;

export interface DocumentSaver {
  save(doc: FlowDocument, reason?: SaveReason): Promise<SaveOutcome>;
}

export interface SaverHooks {
  onSaved?: (revision: number) => void;
  /** Another tab saved since this one loaded: saving here is paused until the person chooses. */
  onConflict?: () => void;
}

/**
 * Saves the document a moment after each edit (never a shared diagram under review), one save at a
 * time; can be paused while another tab edits. A whole new document (a file opened, a template, a
 * layout: the canvas is asked to fit it) is saved as `opened`, so the diagram it replaced is kept
 * as a version.
 */
export function connectStorage(store: DocumentStore, session: SessionStore, saver: DocumentSaver, hooks: SaverHooks = {}, delayMs = SAVE_DELAY_MS) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let paused = false;
  let dirty = false;
  let reason: SaveReason = 'edit';
  let inFlight: Promise<void> | undefined;

  async function write(doc: FlowDocument, as: SaveReason) {
    const outcome = await saver.save(doc, as);
    if (outcome.ok) return hooks.onSaved?.(outcome.revision);
    dirty = true;
    if (outcome.reason === 'conflict') {
      paused = true;
      hooks.onConflict?.();
    } else session.getState().set({ notice: { tone: 'error', text: outcome.message } });
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    while (inFlight) await inFlight;
    const state = store.getState();
    if (!dirty || paused || session.getState().review) return;
    dirty = false;
    const as = reason;
    reason = 'edit';
    inFlight = write(state.doc, as).finally(() => {
      inFlight = undefined;
    });
    await inFlight;
  }

  // A fit request comes with a whole new document (opened, a template, a layout).
  session.subscribe((state, previous) => {
    if (state.fitRequest !== previous.fitRequest && !state.review) reason = 'opened';
  });
  store.subscribe((state, previous) => {
    if (session.getState().review || state.doc === previous.doc) return;
    dirty = true;
    clearTimeout(timer);
    // A whole new diagram is saved at once: a reload right after opening it must not lose it.
    timer = setTimeout(() => void flush(), reason === 'opened' ? 0 : delayMs);
  });
  return {
    flush,
    /** Edits not yet written (or refused): worth asking before the tab closes. */
    hasUnsaved: () => dirty || inFlight !== undefined,
    pause: () => {
      paused = true;
    },
    /** `opened`: what is saved next replaces another tab's diagram, which is kept as a version. */
    resume: (as?: SaveReason) => {
      paused = false;
      if (as) reason = as;
      return flush();
    },
    /** Forget unsaved changes (the person chose another tab's version). */
    discard: () => {
      dirty = false;
    },
  };
}
