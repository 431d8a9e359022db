import type { Command, CommandContext } from './command';
import { execute } from './execute';
import { matches, type KeyPress } from './keys';
import { COMMANDS } from './registry';

/** Key presses meant for a text field or a menu never act on the diagram. */
export function isTyping(target: EventTarget | null): boolean {
  return typeof HTMLElement !== 'undefined' && target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Enter and Space on a button press the button. */
const pressesControl = (event: KeyboardEvent) =>
  (event.key === 'Enter' || event.key === ' ') && typeof HTMLElement !== 'undefined' && event.target instanceof HTMLElement && event.target.closest('button, a, [role="menuitem"], [role="option"]') !== null;

const KEYED = COMMANDS.filter((command) => command.keys && !command.keysByBrowser) as readonly Command<void>[];

/** The command a key press asks for, if any. */
export const commandForKey = (event: KeyPress): Command<void> | undefined => KEYED.find((command) => command.keys!.some((key) => matches(key, event)));

/**
 * One keyboard handler for the whole app: a shortcut runs its command (refused with a message in a
 * review when it would change the document). Returns whether the key was taken.
 */
export function handleKey(ctx: CommandContext, event: KeyboardEvent): boolean {
  if (event.defaultPrevented || isTyping(event.target) || pressesControl(event)) return false;
  const command = commandForKey(event);
  if (!command) return false;
  if (command.enabled && !command.enabled(ctx)) return false;
  event.preventDefault();
  void execute(ctx, command, undefined);
  return true;
}
