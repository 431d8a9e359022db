import type { ReactNode } from 'react';
import { ariaShortcut, displayShortcut, type Command } from '../commands';

/** A toolbar button for a command: its name, shortcut and tooltip all come from the command's declaration. */
export function CommandButton({ command, onClick, disabled, children, title }: { command: Command<never>; onClick: () => void; disabled?: boolean; children?: ReactNode; title?: string }) {
  const keys = command.keys ?? [];
  const hint = keys.length ? ` (${displayShortcut(keys[0]!)})` : '';
  return (
    <button type="button" onClick={onClick} disabled={disabled} aria-keyshortcuts={keys.length ? ariaShortcut(keys) : undefined} title={`${title ?? command.label}${hint}`}>
      {children ?? command.label}
    </button>
  );
}
