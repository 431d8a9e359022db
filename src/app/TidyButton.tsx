import { useState } from 'react';
import { commands, run } from '../commands';
import { CommandButton } from './CommandButton';

/** Lays the whole diagram out left to right (elkjs) as one undoable step. */
export function TidyButton() {
  const [busy, setBusy] = useState(false);
  const tidy = async () => {
    setBusy(true);
    try {
      await run(commands.tidyLayout, undefined);
    } finally {
      setBusy(false);
    }
  };
  return <CommandButton command={commands.tidyLayout} onClick={() => void tidy()} disabled={busy} title="Lay the diagram out left to right (undo puts it back)">Tidy layout</CommandButton>;
}
