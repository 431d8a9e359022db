import { openStorage } from '../storage';
import { fanOut } from '../templates';
import { connectBrowserStorage, startingNotice } from './browserStorage';
import { createDocumentStore } from './documentStore';
import { restoreHistory, serializeHistory } from './historySnapshot';

// Awaited before the first render: the saved diagram is the first thing drawn, and no edit can race its loading.
const storage = await openStorage({ legacy: localStorage });
const start = await storage.loadStartingPoint();
const initialDoc = start.doc ?? structuredClone(fanOut);

/** The app's document store, saved to this browser a moment after each edit. */
export const useDocumentStore = createDocumentStore(initialDoc);
useDocumentStore.getState().setNotice(startingNotice(start, storage, (notice) => useDocumentStore.getState().setNotice(notice)));

const HISTORY_KEY = 'flowmap:history';
const restored = restoreHistory(sessionStorage.getItem(HISTORY_KEY), initialDoc);
if (restored) useDocumentStore.setState({ history: restored });

connectBrowserStorage(useDocumentStore, storage);
addEventListener('pagehide', () => {
  // Written once as the page goes, not per edit: cheap, and a reload keeps Undo.
  const text = serializeHistory(useDocumentStore.getState().history);
  try {
    if (text) sessionStorage.setItem(HISTORY_KEY, text);
    else sessionStorage.removeItem(HISTORY_KEY);
  } catch {
    sessionStorage.removeItem(HISTORY_KEY);
  }
});
