import { download } from '../io/browser';
import { coordinateTabs, type IncidentInfo, type StartingPoint, type Storage, type StorageNotice } from '../storage';
import { OTHER_TAB_REFUSAL, type DocumentStore } from './documentStore';
import type { Notice, SessionStore } from './sessionStore';
import { connectStorage } from './persistence';

const SHOWN_DOWNLOADS = 3;
const TROUBLE: ReadonlySet<StorageNotice['kind']> = new Set(['kept', 'not-kept', 'unavailable']);

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

function downloadIncident(storage: Storage, incident: IncidentInfo) {
  void storage.incidentData(incident.id).then((data) => {
    if (data !== undefined) download(data, `flowmap-kept-${new Date(incident.foundAt).toISOString().slice(0, 10)}.json`, 'application/json');
  });
}

/** The banner for what start-up found: each kept save can be downloaded, and all discarded after a second click. */
export function startingNotice(start: StartingPoint, storage: Storage, setNotice: (notice?: Notice) => void): Notice | undefined {
  const { notices, incidents } = start;
  if (notices.length === 0 && incidents.length === 0) return undefined;
  const texts = notices.map((notice) => notice.message);
  if (texts.length === 0) texts.push(`${incidents.length} ${plural(incidents.length, 'save that could not be opened is', 'saves that could not be opened are')} kept in this browser.`);
  if (!start.doc) texts.push('The fan-out template is shown meanwhile.');
  const unkept = notices.flatMap((notice) => (notice.data === undefined ? [] : [notice.data]));
  const downloads = [
    ...unkept.map((data) => () => download(data, 'flowmap-recovered.json', 'application/json')),
    ...incidents.slice(0, SHOWN_DOWNLOADS).map((incident) => () => downloadIncident(storage, incident)),
  ];
  const notice: Notice = {
    tone: incidents.length > 0 || notices.some((n) => TROUBLE.has(n.kind)) ? 'error' : 'info',
    text: texts.join(' '),
    actions: downloads.map((run, i) => ({ label: downloads.length === 1 ? 'Download the saved data' : `Download kept save ${i + 1}`, run })),
  };
  if (incidents.length > 0) {
    const confirm: Notice = {
      tone: 'error',
      text: `Discard ${incidents.length} kept ${plural(incidents.length, 'save', 'saves')} for good? ${plural(incidents.length, 'It', 'They')} cannot be brought back.`,
      actions: [
        {
          label: 'Discard for good',
          run: () =>
            void Promise.all(incidents.map((incident) => storage.discardIncident(incident.id))).then(() => setNotice({ tone: 'info', text: 'The kept saves were discarded.' })),
        },
        { label: 'Keep them', run: () => setNotice(notice) },
      ],
    };
    notice.actions!.push({ label: 'Discard kept saves', run: () => setNotice(confirm) });
  }
  return notice;
}

/**
 * Saves the store's document into `storage` a moment after each edit, in the one tab that edits;
 * other tabs are told and can take over. Flushes as the tab is hidden and asks before a tab with
 * unsaved edits closes.
 */
export function connectBrowserStorage(store: DocumentStore, session: SessionStore, storage: Storage) {
  const setNotice = (notice?: Notice) => session.getState().set({ notice });
  // This tab stops editing (the document store refuses every change) until the person takes over.
  const readOnly = (text: string) => {
    store.getState().setReadOnly(OTHER_TAB_REFUSAL);
    setNotice({ tone: 'error', text, actions: [{ label: 'Edit here instead', run: () => void takeOver() }] });
  };
  const saver = connectStorage(store, session, storage, {
    onSaved: (revision) => tabs.announceSaved(revision),
    onConflict: () => readOnly('Another tab saved this diagram since this tab loaded it, so this tab stopped saving rather than overwrite it.'),
  });
  const tabs = coordinateTabs(
    (event) => {
      if (event.type === 'read-only') {
        saver.pause();
        readOnly(
          event.reason === 'taken-over'
            ? 'Another tab took over editing this diagram, so this tab is read-only now (what you did here is saved).'
            : 'This diagram is open for editing in another tab, so this tab is read-only.',
        );
      } else if (event.type === 'editor-left') readOnly('The tab that was editing this diagram closed; this tab is still read-only.');
    },
    { beforeHandOver: () => saver.flush() },
  );

  async function takeOver() {
    await tabs.takeOver();
    store.getState().setReadOnly(undefined);
    const mine = saver.hasUnsaved();
    // Continue from what the other tab saved last; unsaved edits here replace it, and it is kept as a version.
    const latest = await storage.loadStartingPoint();
    if (!mine && latest.doc) {
      store.getState().openDocument(latest.doc);
      saver.discard();
    }
    await saver.resume(mine ? 'opened' : undefined);
    setNotice(mine ? { tone: 'info', text: 'This tab edits now. Your changes here were saved; the other tab’s last save is kept as a version.' } : undefined);
  }

  // Nothing is written until this tab knows it is the one editing.
  saver.pause();
  void tabs.start().then((role) => {
    if (role === 'editing') void saver.resume();
  });
  addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void saver.flush();
  });
  addEventListener('pagehide', () => {
    void saver.flush();
    tabs.close();
  });
  addEventListener('beforeunload', (event) => {
    if (saver.hasUnsaved()) event.preventDefault();
  });
  return saver;
}
