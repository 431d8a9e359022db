import { useId, useRef, useState, type FormEvent } from 'react';
import { commands, run } from '../commands';
import { useSessionStore, type EditResult } from '../store';
import { ConfirmDialog } from './ConfirmDialog';
import { DiagramFileInput } from './DiagramFileInput';
import './compareDialog.css';

const NO_CHOICES: [] = [];

/** Compare with…: the other version from a file (JSON or Flowmap PNG) or a pasted share link. */
export function CompareDialog() {
  const open = useSessionStore((state) => state.overlay === 'compare');
  return open ? <CompareChoice /> : null;
}

function CompareChoice() {
  const picker = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState('');
  const [error, setError] = useState<string>();
  const linkId = useId();
  const close = () => useSessionStore.getState().set({ overlay: undefined });
  // On success the command closes the dialog; a refusal stays here, beside what to fix.
  const compare = async (pending: EditResult | void | Promise<EditResult | void>) => {
    const outcome = await pending;
    setError(outcome && !outcome.ok ? outcome.error : undefined);
  };
  const compareLink = (event: FormEvent) => {
    event.preventDefault();
    void compare(run(commands.compareWithLink, link));
  };
  return (
    <ConfirmDialog title="Compare with another version" choices={NO_CHOICES} onCancel={close}>
      <div className="fm-compare-dialog">
        <p>Your diagram stays as it is: the canvas marks what changed since the version you choose, and the panel lists it.</p>
        <button type="button" className="fm-button--primary" autoFocus onClick={() => picker.current?.click()}>
          Choose a file…
        </button>
        <DiagramFileInput ref={picker} label="Compare with a diagram file" onPick={(files) => compare(run(commands.compareWithFile, files[0]!))} />
        <small className="fm-compare-dialog__hint">A Flowmap JSON file or an exported PNG.</small>
        <form className="fm-compare-dialog__link" onSubmit={compareLink}>
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
      </div>
    </ConfirmDialog>
  );
}
