import { useId, useState, type ReactNode } from 'react';
import { commands, run } from '../commands';
import type { ElementRef } from '../store';
import { FACT_TEXT } from '../model';
import { fromTriState, toTriState, type TriState } from './factInfo';

/** Sets one field through the store (one undo step per field while typing) and remembers why a value was refused. */
function useCommit(target: ElementRef, field: string) {
  const [error, setError] = useState<string>();
  const commit = (value: unknown) => {
    const result = run(commands.updateElement, { ref: target, patch: { [field]: value }, mergeKey: `${field}:${target.id}` });
    if (result && !(result instanceof Promise)) setError(result.ok ? undefined : result.error);
  };
  return { error, setError, commit };
}

function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className="fm-inspector__field">
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <p id={`${id}-error`} role="alert" className="fm-inspector__error">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="fm-inspector__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface TextProps {
  target: ElementRef;
  field: string;
  label?: string;
  value: string;
  /** Turns the typed text into the stored value (undefined = unknown) or 'invalid'. */
  parse?: (text: string) => unknown;
  multiline?: boolean;
  inputMode?: 'numeric' | 'text';
}

/** A text field that keeps what you type while you type, saves each change, and shows the store's value otherwise. */
export function TextField({ target, field, label, value, parse = (text) => text || undefined, multiline, inputMode }: TextProps) {
  const id = useId();
  const [draft, setDraft] = useState<string>();
  const { error, setError, commit } = useCommit(target, field);
  const info = FACT_TEXT[field];
  const onChange = (text: string) => {
    setDraft(text);
    const parsed = parse(text);
    if (parsed === 'invalid') setError(`${field}: expected a number`);
    else commit(parsed);
  };
  const props = {
    id,
    value: draft ?? value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : info ? `${id}-hint` : undefined,
    onBlur: () => {
      setDraft(undefined);
      setError(undefined);
    },
  };
  return (
    <Field id={id} label={label ?? info?.label ?? field} hint={info?.hint} error={error}>
      {multiline ? (
        <textarea {...props} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...props} type="text" inputMode={inputMode} onChange={(event) => onChange(event.target.value)} />
      )}
    </Field>
  );
}

/** A yes/no fact where "unknown" is a real answer: the review asks about unknowns. */
export function TriStateField({ target, field, value }: { target: ElementRef; field: string; value: boolean | undefined }) {
  const id = useId();
  const { error, commit } = useCommit(target, field);
  const info = FACT_TEXT[field]!;
  return (
    <Field id={id} label={info.label} hint={info.hint} error={error}>
      <select id={id} aria-describedby={`${id}-hint`} value={toTriState(value)} onChange={(event) => commit(fromTriState(event.target.value as TriState))}>
        <option value="unknown">Unknown</option>
        <option value="yes">Yes</option>
        <option value="no">No</option>
      </select>
    </Field>
  );
}

/** One of a fixed set of values, or unknown when `allowUnknown`. */
export function ChoiceField({ target, field, label, value, choices, allowUnknown = true }: { target: ElementRef; field: string; label?: string; value: string | undefined; choices: readonly { value: string; label: string }[]; allowUnknown?: boolean }) {
  const id = useId();
  const { error, commit } = useCommit(target, field);
  const info = FACT_TEXT[field];
  return (
    <Field id={id} label={label ?? info?.label ?? field} hint={info?.hint} error={error}>
      <select id={id} aria-describedby={info ? `${id}-hint` : undefined} value={value ?? ''} onChange={(event) => commit(event.target.value || undefined)}>
        {allowUnknown ? <option value="">Unknown</option> : null}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Which transforms a step applies: unknown, or a known (possibly empty) set. */
export function SetField({ target, field, value, options }: { target: ElementRef; field: string; value: readonly string[] | undefined; options: readonly string[] }) {
  const { error, commit } = useCommit(target, field);
  const info = FACT_TEXT[field]!;
  const known = value !== undefined;
  const toggle = (option: string, on: boolean) => commit(options.filter((o) => (o === option ? on : value?.includes(o))));
  return (
    <fieldset className="fm-inspector__field fm-inspector__set">
      <legend>{info.label}</legend>
      <label>
        <input type="checkbox" checked={known} onChange={(event) => commit(event.target.checked ? [] : undefined)} />
        Known
      </label>
      {options.map((option) => (
        <label key={option}>
          <input type="checkbox" disabled={!known} checked={value?.includes(option) ?? false} onChange={(event) => toggle(option, event.target.checked)} />
          {option}
        </label>
      ))}
      {error ? (
        <p role="alert" className="fm-inspector__error">
          {error}
        </p>
      ) : (
        <p className="fm-inspector__hint">{known ? info.hint : `Unknown. ${info.hint}`}</p>
      )}
    </fieldset>
  );
}
