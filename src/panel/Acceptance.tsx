import { useState, type FormEvent } from 'react';
import type { Finding, Waived } from '../analysis';
import { commands, run } from '../commands';
import { useSessionStore } from '../store';

/** "Accept…": a reason (required), an optional last day and, the first time, the person's name. */
function AcceptForm({ fingerprint, onDone }: { fingerprint: string; onDone: () => void }) {
  const author = useSessionStore((state) => state.author);
  const [name, setName] = useState('');
  const [reason, setReason] = useState('');
  const [expires, setExpires] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!author && name.trim()) await run(commands.setAuthor, name);
    const result = await run(commands.acceptFinding, { fingerprint, reason, ...(expires ? { expires } : {}) });
    if (result?.ok) onDone();
  };
  return (
    <form className="fm-accept" aria-label="Accept this finding" onSubmit={(event) => void submit(event)}>
      {author ? null : (
        <label>
          Your name
          <input value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" />
        </label>
      )}
      <label>
        Reason
        <textarea value={reason} onChange={(event) => setReason(event.target.value)} required rows={2} autoFocus />
      </label>
      <label>
        Until (optional)
        <input type="date" value={expires} onChange={(event) => setExpires(event.target.value)} />
      </label>
      <span className="fm-accept__actions">
        <button type="submit" disabled={!reason.trim()}>
          Accept
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </span>
    </form>
  );
}

const day = (timestamp: string) => timestamp.slice(0, 10);

function AcceptedNote({ fingerprint, waived }: { fingerprint: string; waived: Waived }) {
  return (
    <p className="fm-accepted">
      <span>
        Accepted{waived.author ? ` by ${waived.author}` : ''} on {day(waived.createdAt)}
        {waived.expires ? `, until ${waived.expires}` : ''}: {waived.reason}
      </span>
      <button type="button" onClick={() => void run(commands.reopenFinding, fingerprint)}>
        Reopen
      </button>
    </p>
  );
}

/** Under a finding: who accepted it and why (with Reopen), or "Accept…". */
export function Acceptance({ finding }: { finding: Finding }) {
  const [open, setOpen] = useState(false);
  if (finding.waived) return <AcceptedNote fingerprint={finding.fingerprint} waived={finding.waived} />;
  if (open) return <AcceptForm fingerprint={finding.fingerprint} onDone={() => setOpen(false)} />;
  return (
    <button type="button" className="fm-accept__open" onClick={() => setOpen(true)}>
      Accept…
    </button>
  );
}
