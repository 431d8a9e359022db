import type { Command } from './command';
import * as all from './all';

const isCommand = (value: unknown): value is Command<never> => typeof value === 'object' && value !== null && 'run' in value && 'id' in value;

/** Every command, once: the keyboard, the help overlay and the read-only tests read this list. */
export const COMMANDS: readonly Command<never>[] = Object.values(all).filter(isCommand);

export const commandById = (id: string): Command<never> | undefined => COMMANDS.find((command) => command.id === id);
