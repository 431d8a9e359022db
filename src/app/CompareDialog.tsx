import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { commands, run } from '../commands';
import { useSessionStore, type EditResult } from '../store';
import './compareDialog.css';

/** Compare with…: the other version from a file (JSON or Flowmap PNG) or a pasted share link. */
export function CompareDialog() {
  const open = useSessionStore((state) => state.overlay === 'compare');
  return open ? <CompareChoice /> : null;
}

function CompareChoice() {
  const dialog = useRef<HTMLDialogElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState('');
  const [error, setError] = useState<string>();
  const linkId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const close = () => useSessionStore.getState().set({ overlay: undefined });
  // On success the command closes the dialog; a refusal stays here, beside what to fix.
  const show = (result: EditResult | void) => setError(result && !result.ok ? result.error : undefined);
  const compareLink = async (event: FormEvent) => {
    event.preventDefault();
    show(await run(commands.compareWithLink, link));
  };
  return (
    <dialog
      ref={dialog}
      className="fm-dialog fm-compare-dialog"
      aria-labelledby="fm-compare-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <h2 id="fm-compare-title">Compare with another version</h2>
      <p className="fm-dialog__body">Your diagram stays as it is: the canvas marks what changed since the version you choose, and the panel lists it.</p>
      <button type="button" className="fm-button--primary" autoFocus onClick={() => picker.current?.click()}>
        Choose a file…
      </button>
      <input
        ref={picker}
        type="file"
        accept=".json,application/json,.png,image/png"
        hidden
        aria-label="Compare with a diagram file"
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (file) void Promise.resolve(run(commands.compareWithFile, file)).then(show).finally(() => (input.value = ''));
        }}
      />
      <small className="fm-compare-dialog__hint">A Flowmap JSON file or an exported PNG.</small>
      <form className="fm-compare-dialog__link" onSubmit={(event) => void compareLink(event)}>
        <label htmlFor={linkId}>Or paste a share link</label>
        <div>
          <input id={linkId} type="text" spellCheck={false} autoComplete="off" placeholder="https://…#d=…" value={link} onChange={(event) => setLink(event.target.value)} />
          <button type="submit" disabled={!link.trim()}>
            Compare
          </button>
        </div>
      </form>
      {error ? (
        <p role="alert" className="fm-compare-dialog__error">
          {error}
        </p>
      ) : null}
      <div className="fm-dialog__actions">
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
