import { allowedInReview, commands, displayShortcut, execute, LINE_UP_COMMANDS, type Command, type CommandContext } from '../commands';
import type { Point } from '../store';
import { centred } from './placement';

/** What was right-clicked: a node or an arrow (selected first), or the empty canvas at a point of the diagram. */
export type MenuTarget = { type: 'node' | 'edge'; id: string } | { type: 'pane'; at: Point };

/** The system clipboard as text: the menu has no copy or paste event to take it from. */
export interface TextClipboard {
  readText(): Promise<string>;
  writeText(text: string): Promise<void>;
}

export interface MenuEntry {
  id: string;
  label: string;
  shortcut?: string;
  /** Drawn after a separator: the first of a family of entries. */
  startsGroup?: boolean;
  select(): unknown;
}

interface Offer {
  command: Command<never>;
  label?: string;
  startsGroup?: boolean;
  select: () => unknown;
}

function offers(target: MenuTarget, ctx: CommandContext, clipboard: TextClipboard): Offer[] {
  const entry = <A>(command: Command<A>, select: () => unknown, label?: string): Offer => ({ command: command as Command<never>, label, select });
  const offer = <A>(command: Command<A>, arg: A, label?: string) => entry(command, () => execute(ctx, command, arg), label);
  if (target.type === 'pane') {
    const { at } = target;
    return [
      entry(commands.pasteAt, async () => execute(ctx, commands.pasteAt, { text: await clipboard.readText(), at })),
      offer(commands.addNode, { kind: 'service', at: centred('service', at) }, 'Add a service here'),
      offer(commands.selectAll, undefined),
      offer(commands.fit, undefined),
    ];
  }
  const copy = () => {
    const data = new DataTransfer();
    void execute(ctx, commands.copy, data);
    return clipboard.writeText(data.getData('text/plain'));
  };
  return [
    offer(commands.whatIfSelected, undefined),
    offer(commands.rename, undefined, 'Rename'),
    offer(commands.duplicate, undefined),
    entry(commands.copy, copy),
    offer(commands.deleteSelection, undefined, 'Delete'),
    // Offered only while enough nodes are selected (their `enabled`).
    ...LINE_UP_COMMANDS.map((command, i) => ({ ...offer(command, undefined), startsGroup: i === 0 })),
  ];
}

/** Copy needs nodes in the selection, as duplicate does. */
const enabled = (command: Command<never>, ctx: CommandContext) =>
  (command === (commands.copy as Command<never>) ? commands.duplicate.enabled!(ctx) : true) && (command.enabled?.(ctx) ?? true);

/**
 * The context menu, built from the command registry: what a right-click on this target can do now.
 * A command that would change a read-only document is left out rather than refused after the click.
 */
export function contextMenuEntries(target: MenuTarget, ctx: CommandContext, clipboard: TextClipboard): MenuEntry[] {
  const { readOnly } = ctx.document.getState();
  return offers(target, ctx, clipboard)
    .filter(({ command }) => (!readOnly || allowedInReview(command)) && enabled(command, ctx))
    .map(({ command, label, startsGroup, select }) => ({ id: command.id, label: label ?? command.label, shortcut: command.keys?.[0] && displayShortcut(command.keys[0]), startsGroup, select }));
}
