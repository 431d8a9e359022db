import { useDocumentStore, useSessionStore } from '../store';
import type { Command, CommandContext, Viewport } from './command';
import { execute } from './execute';

export * as commands from './all';
export { COMMANDS, commandById } from './registry';
export { allowedInReview, type Category, type Command, type CommandContext, type Viewport } from './command';
export { execute } from './execute';
export { LINE_UP_COMMANDS } from './lineUp';
export { handleKey, isTyping } from './keyboard';
export { ariaShortcut, displayShortcut } from './keys';
export { openDiagram } from './files/openDiagram';
export { readDiagramFile } from './files/openFile';
export { OPEN_INPUT_ID } from './file';
export { fileNameFor } from './files/fileName';
export { versionTime } from './versionTime';

/** The app's own context: its two stores, and the canvas's view once the canvas is on screen. */
export const appContext: CommandContext = { document: useDocumentStore, session: useSessionStore };

export const setViewport = (viewport: Viewport | undefined) => {
  appContext.viewport = viewport;
};

/** Runs a command in the app, as a person asked for it. */
export const run = <A>(command: Command<A>, arg: A) => execute(appContext, command, arg);
