import { createAutosave, type SavedState } from '../io';
import { download } from '../io/browser';
import type { FlowDocument } from '../model';
import { connectAutosave, connectReview, connectStores, restoreHistory, serializeHistory, useDocumentStore, useReviewStore, useSessionStore, workerTransport, type Notice } from '../store';
import { fanOut } from '../templates';

const RECOVERED_KEY = 'flowmap:recovered';
const HISTORY_KEY = 'flowmap:history';

function startingPoint(saved: SavedState): { doc: FlowDocument; notice?: Notice } {
  if (saved.status === 'ok') {
    return saved.recoveredFromBackup ? { doc: saved.doc, notice: { tone: 'info', text: 'The last save was damaged, so the copy saved just before it was opened.' } } : { doc: saved.doc };
  }
  if (saved.status === 'empty') return { doc: structuredClone(fanOut) };
  // Kept under its own key so later saves cannot overwrite what could not be read.
  if (!localStorage.getItem(RECOVERED_KEY)) localStorage.setItem(RECOVERED_KEY, saved.raw);
  return {
    doc: structuredClone(fanOut),
    notice: {
      tone: 'error',
      text: `Your saved diagram could not be opened (${saved.errors.slice(0, 2).join('; ')}). It is kept in this browser; download it to repair or open it elsewhere. The fan-out template is shown meanwhile.`,
      actions: [{ label: 'Download the saved data', run: () => download(localStorage.getItem(RECOVERED_KEY) ?? saved.raw, 'flowmap-recovered.json', 'application/json') }],
    },
  };
}

/** Everything the app does once at start: load the saved diagram and its undo steps, start the reviewer, autosave, and listen to the page. */
export function startApp(): void {
  const autosave = createAutosave(localStorage);
  const initial = startingPoint(autosave.load());
  const document = useDocumentStore;
  const session = useSessionStore;
  document.getState().load(initial.doc, restoreHistory(sessionStorage.getItem(HISTORY_KEY), initial.doc));
  session.getState().set({ notice: initial.notice });
  connectStores(document, session);
  connectReview(document, session, useReviewStore, workerTransport());

  const saver = connectAutosave(document, session, autosave);
  addEventListener('pagehide', () => {
    saver.flush();
    // Written once as the page goes, not per edit: cheap, and a reload keeps Undo.
    const text = serializeHistory(document.getState().history);
    try {
      if (text) sessionStorage.setItem(HISTORY_KEY, text);
      else sessionStorage.removeItem(HISTORY_KEY);
    } catch {
      sessionStorage.removeItem(HISTORY_KEY);
    }
  });

  // Another tab saved: pause here rather than silently overwrite one with the other.
  addEventListener('storage', (event) => {
    if (event.key !== autosave.pointerKey) return;
    saver.pause();
    const dismiss = () => session.getState().set({ notice: undefined });
    session.getState().set({
      notice: {
        tone: 'error',
        text: 'This diagram was just saved from another tab. Saving here is paused so neither tab overwrites the other.',
        actions: [
          {
            label: 'Load the other tab’s version',
            run: () => {
              const saved = autosave.load();
              if (saved.status === 'ok') document.getState().openDocument(saved.doc);
              // What was just loaded is what is saved: nothing to write back, so the other tab is not disturbed.
              saver.discard();
              saver.resume();
              dismiss();
            },
          },
          { label: 'Keep mine and save it', run: () => { saver.resume(); dismiss(); } },
        ],
      },
    });
  });
}
