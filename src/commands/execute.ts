import { READ_ONLY_REFUSAL } from '../store';
import { allowedInReview, type Command, type CommandContext } from './command';

/**
 * Runs a command for the person: in a shared link's read-only review a command that would change
 * the document is refused here, with a message, before it reaches the store (which refuses it too).
 */
export function execute<A>(ctx: CommandContext, command: Command<A>, arg: A): ReturnType<Command<A>['run']> {
  if (ctx.session.getState().review && !allowedInReview(command as Command<never>)) {
    ctx.session.getState().set({ notice: { tone: 'info', text: READ_ONLY_REFUSAL } });
    return { ok: false, error: READ_ONLY_REFUSAL };
  }
  return command.run(ctx, arg);
}
