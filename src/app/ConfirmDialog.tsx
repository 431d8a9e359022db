import { useEffect, useRef, type ReactNode } from 'react';

export interface ConfirmChoice {
  label: string;
  onChoose: () => void;
  primary?: boolean;
}

/** A modal question (native <dialog>: focus is trapped and Escape cancels). */
export function ConfirmDialog({ title, children, choices, onCancel }: { title: string; children: ReactNode; choices: readonly ConfirmChoice[]; onCancel: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="fm-dialog"
      aria-labelledby="fm-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="fm-dialog-title">{title}</h2>
      <div className="fm-dialog__body">{children}</div>
      <div className="fm-dialog__actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        {choices.map((choice) => (
          <button key={choice.label} type="button" className={choice.primary ? 'fm-button--primary' : undefined} onClick={choice.onChoose} autoFocus={choice.primary}>
            {choice.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}
