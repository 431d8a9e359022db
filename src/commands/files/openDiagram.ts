import { autoLayout, needsLayout } from '../../layout';
import type { FlowDocument, LoadResult } from '../../model';
import type { CommandContext } from '../command';
import { execute } from '../execute';
import { openDocument } from '../edit';

/** The first few problems of a file, paste or link that could not be read, each naming its field. */
export function problemsOf(errors: readonly string[]): string {
  const more = errors.length > 5 ? ` (and ${errors.length - 5} more)` : '';
  return `${errors.slice(0, 5).join('; ')}${more}`;
}

/** A diagram as it can be drawn: nodes without a place are laid out. */
export const laidOut = async (doc: FlowDocument): Promise<FlowDocument> => (needsLayout(doc) ? autoLayout(doc, { onlyMissing: true }) : doc);

/** Opens a parsed file or paste; a failure says why and leaves the current diagram as it is. */
export async function openDiagram(ctx: CommandContext, result: LoadResult, from: string): Promise<void> {
  const session = ctx.session.getState();
  if (!result.ok) {
    session.set({ notice: { tone: 'error', text: `${from} could not be opened; your diagram is unchanged. ${problemsOf(result.errors)}` } });
    return;
  }
  const doc = await laidOut(result.doc);
  const opened = await execute(ctx, openDocument, doc);
  if (opened?.ok) session.set({ notice: { tone: 'info', text: `Opened “${doc.title || 'Untitled'}”. Undo (Ctrl+Z) brings back the diagram you had.` } });
}
