import { useEffect, useId, useRef, useState } from 'react';
import { commands, run, versionTime } from '../commands';
import { thumbnailOf, type Thumbnail } from '../io';
import type { VersionInfo, VersionReason } from '../storage';
import { useDocumentStore, useSessionStore } from '../store';
import { versionSource, type VersionSource } from './versionSource';
import { VersionThumbnail } from './VersionThumbnail';
import './versions.css';

const WHY: Readonly<Record<VersionReason, string>> = {
  edit: 'saved while editing',
  opened: 'saved as it was opened',
  replaced: 'saved before another diagram replaced it',
  migrated: 'moved from the earlier autosave',
};

type Preview = { state: 'reading' } | { state: 'ok'; thumbnail: Thumbnail } | { state: 'damaged'; errors: string[] };

const plural = (count: number, noun: string) => `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;

/** Focus goes back where it was when the dialog closes; from a menu entry (gone with its menu), to the menu's button. */
function returnTarget(active: Element | null): HTMLElement | undefined {
  const menuButton = active?.closest('.fm-menu')?.querySelector<HTMLElement>('button[aria-haspopup="menu"]');
  return menuButton ?? (active instanceof HTMLElement ? active : undefined);
}

/** The Versions dialog (View ▸ Versions…): the kept versions, newest first, each to restore or open as a copy. */
export function VersionsDialog() {
  const open = useSessionStore((state) => state.overlay === 'versions');
  return open ? <VersionsList /> : null;
}

function VersionsList() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [opener] = useState(() => returnTarget(document.activeElement));
  const [now] = useState(Date.now);
  const [source] = useState(versionSource);
  const [versions, setVersions] = useState<VersionInfo[]>();
  const readOnly = useDocumentStore((state) => state.readOnly);
  const close = () => useSessionStore.getState().set({ overlay: undefined });

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => opener?.focus();
  }, [opener]);
  useEffect(() => {
    let live = true;
    void source?.versions().then((list) => live && setVersions(list));
    return () => {
      live = false;
    };
  }, [source]);

  return (
    <dialog
      ref={dialog}
      className="fm-dialog fm-versions"
      aria-labelledby="fm-versions-title"
      aria-describedby="fm-versions-about"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      // Shortcuts are for the diagram behind; inside the dialog keys belong to its buttons.
      onKeyDown={(event) => event.stopPropagation()}
    >
      <div className="fm-versions__head">
        <h2 id="fm-versions-title">Versions</h2>
        <button type="button" onClick={close} autoFocus>
          Close
        </button>
      </div>
      <p id="fm-versions-about" className="fm-versions__about">
        Kept in this browser every 2 minutes while you edit, whenever a diagram is opened, and just before one is replaced. Restoring is one step: Undo (Ctrl+Z) takes it back.
      </p>
      {readOnly ? <p className="fm-versions__note">{readOnly}</p> : null}
      {!source ? (
        <p className="fm-versions__note">Versions cannot be read in this browser.</p>
      ) : versions === undefined ? (
        <p className="fm-versions__note">Reading the versions…</p>
      ) : versions.length === 0 ? (
        <p className="fm-versions__note">No versions yet: the first is kept with your first edit.</p>
      ) : (
        <ol className="fm-versions__list" aria-label="Kept versions, newest first">
          {versions.map((info) => (
            <VersionRow key={info.id} info={info} now={now} source={source} disabled={readOnly !== undefined} onChosen={close} />
          ))}
        </ol>
      )}
    </dialog>
  );
}

function VersionRow({ info, now, source, disabled, onChosen }: { info: VersionInfo; now: number; source: VersionSource; disabled: boolean; onChosen: () => void }) {
  const id = useId();
  const [preview, setPreview] = useState<Preview>({ state: 'reading' });
  useEffect(() => {
    let live = true;
    void source.openVersion(info.id).then((read) => {
      if (live) setPreview(read.ok ? { state: 'ok', thumbnail: thumbnailOf(read.doc) } : { state: 'damaged', errors: read.errors });
    });
    return () => {
      live = false;
    };
  }, [info.id, source]);

  // Read again when chosen, so the list holds thumbnails, not every version's whole diagram.
  const choose = async (command: typeof commands.restoreVersion) => {
    const read = await source.openVersion(info.id);
    if (!read.ok) return setPreview({ state: 'damaged', errors: read.errors });
    onChosen();
    void run(command, { doc: read.doc, savedAt: info.savedAt });
  };

  const time = versionTime(info.savedAt, now);
  const damaged = preview.state === 'damaged';
  return (
    <li className="fm-version" data-damaged={damaged || undefined}>
      <VersionThumbnail thumbnail={preview.state === 'ok' ? preview.thumbnail : undefined} />
      <div className="fm-version__text">
        <h3 id={`${id}-title`}>{info.title || 'Untitled'}</h3>
        <p id={`${id}-when`}>
          <time dateTime={time.iso} title={time.absolute}>
            {time.relative}
          </time>
          {time.iso ? ` · ${time.absolute}` : null}
        </p>
        <p>
          {plural(info.nodeCount, 'node')} · {WHY[info.reason] ?? 'saved'}
        </p>
        {damaged ? <p className="fm-version__damaged">This version is damaged and cannot be opened: {preview.errors.slice(0, 2).join('; ')}.</p> : null}
      </div>
      {damaged ? null : (
        <div className="fm-version__actions">
          <button type="button" disabled={disabled} aria-describedby={`${id}-title ${id}-when`} onClick={() => void choose(commands.restoreVersion)}>
            Restore
          </button>
          <button type="button" disabled={disabled} aria-describedby={`${id}-title ${id}-when`} onClick={() => void choose(commands.openVersionCopy)}>
            Open as a copy
          </button>
        </div>
      )}
    </li>
  );
}
