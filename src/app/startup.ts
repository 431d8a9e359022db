import { connectBrowserStorage, connectReview, connectStores, restoreHistory, serializeHistory, startingNotice, useDocumentStore, useReviewStore, useSessionStore, workerTransport, type Notice } from '../store';
import { openStorage } from '../storage';
import { fanOut } from '../templates';
import { followSharedLinks, readSharedLink, showSharedLink } from './sharedLink';
import { provideVersions } from './versionSource';

const HISTORY_KEY = 'flowmap:history';
/** The name this person signs waivers with: asked once, remembered in this browser. */
const AUTHOR_KEY = 'flowmap:author';

function rememberAuthor(session: typeof useSessionStore) {
  session.getState().set({ author: localStorage.getItem(AUTHOR_KEY) || undefined });
  session.subscribe((state, previous) => {
    if (state.author === previous.author) return;
    if (state.author) localStorage.setItem(AUTHOR_KEY, state.author);
    else localStorage.removeItem(AUTHOR_KEY);
  });
}

/**
 * Everything the app does once at start, before the first render: open the browser's storage and
 * load the saved diagram and its undo steps, start the reviewer, then save each edit and coordinate with other tabs.
 * A page opened with a share link shows that first: the link is read (in a worker) while the storage opens, and
 * the visitor's own diagram is loaded but never drawn before it, nor reviewed.
 */
export async function startApp(): Promise<void> {
  const document = useDocumentStore;
  const session = useSessionStore;
  const opened = location.hash;
  const shared = readSharedLink();
  const storage = await openStorage({ legacy: localStorage });
  const start = await storage.loadStartingPoint();
  const doc = start.doc ?? structuredClone(fanOut);
  document.getState().load(doc, restoreHistory(sessionStorage.getItem(HISTORY_KEY), doc));
  const setNotice = (notice?: Notice) => session.getState().set({ notice });
  // A narrow window keeps the canvas: the panel starts as a closed drawer.
  session.getState().set({ notice: startingNotice(start, storage, setNotice), panel: { ...session.getState().panel, open: innerWidth >= 1000 } });
  connectStores(document, session);
  // The shared diagram goes under review over the visitor's own (kept, read-only, unsaved) before anything is drawn or reviewed.
  if (shared) await showSharedLink(shared);
  followSharedLinks(opened);
  connectReview(document, session, useReviewStore, workerTransport());
  rememberAuthor(session);
  connectBrowserStorage(document, session, storage);
  provideVersions(storage);
  addEventListener('pagehide', () => {
    // Written once as the page goes, not per edit: cheap, and a reload keeps Undo.
    const text = serializeHistory(document.getState().history);
    try {
      if (text) sessionStorage.setItem(HISTORY_KEY, text);
      else sessionStorage.removeItem(HISTORY_KEY);
    } catch {
      sessionStorage.removeItem(HISTORY_KEY);
    }
  });
}
