import { createAutosave, type SavedState } from '../io';
import { download } from '../io/browser';
import type { FlowDocument } from '../model';
import { fanOut } from '../templates';
import { createDocumentStore, type Notice } from './documentStore';
import { connectAutosave } from './persistence';
import { restoreHistory, serializeHistory } from './historySnapshot';

const RECOVERED_KEY = 'flowmap:recovered';

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

const autosave = createAutosave(localStorage);
const initial = startingPoint(autosave.load());

/** The app's document store, saved to this browser a moment after each edit. */
export const useDocumentStore = createDocumentStore(initial.doc, { notice: initial.notice });

const HISTORY_KEY = 'flowmap:history';
const restored = restoreHistory(sessionStorage.getItem(HISTORY_KEY), initial.doc);
if (restored) useDocumentStore.setState({ history: restored });

const saver = connectAutosave(useDocumentStore, autosave);
addEventListener('pagehide', () => {
  saver.flush();
  // Written once as the page goes, not per edit: cheap, and a reload keeps Undo.
  const text = serializeHistory(useDocumentStore.getState().history);
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
  const store = useDocumentStore.getState();
  store.setNotice({
    tone: 'error',
    text: 'This diagram was just saved from another tab. Saving here is paused so neither tab overwrites the other.',
    actions: [
      {
        label: 'Load the other tab’s version',
        run: () => {
          const saved = autosave.load();
          if (saved.status === 'ok') store.openDocument(saved.doc);
          // What was just loaded is what is saved: nothing to write back, so the other tab is not disturbed.
          saver.discard();
          saver.resume();
          store.setNotice(undefined);
        },
      },
      {
        label: 'Keep mine and save it',
        run: () => {
          saver.resume();
          store.setNotice(undefined);
        },
      },
    ],
  });
});
