
import { allowedInReview, type Command, type CommandContext } from './command';

/**
 * Runs a command for the person: while the document is read-only (a shared link's review, or a tab
 * another tab took editing from) a command that would change it is refused here, with the reason,
 * before it reaches the store (which refuses it too).
 */
export function execute<A>(ctx: CommandContext, command: Command<A>, arg: A): ReturnType<Command<A>['run']> {
  const { readOnly } = ctx.document.getState();
  if (readOnly && !allowedInReview(command as Command<never>)) {
    ctx.session.getState().set({ notice: { tone: 'info', text: readOnly } });
    return { ok: false, error: readOnly };
  }
  return command.run(ctx, arg);
}
