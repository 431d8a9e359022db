import { autoLayout, needsLayout } from '../../layout';
import type { LoadResult } from '../../model';
import type { CommandContext } from '../command';
import { execute } from '../execute';
import { openDocument } from '../edit';

/** Opens a parsed file or paste; a failure says why and leaves the current diagram as it is. */
export async function openDiagram(ctx: CommandContext, result: LoadResult, from: string): Promise<void> {
  const session = ctx.session.getState();
  if (!result.ok) {
    const more = result.errors.length > 5 ? ` (and ${result.errors.length - 5} more)` : '';
    session.set({ notice: { tone: 'error', text: `${from} could not be opened; your diagram is unchanged. ${result.errors.slice(0, 5).join('; ')}${more}` } });
    return;
  }
  const doc = needsLayout(result.doc) ? await autoLayout(result.doc, { onlyMissing: true }) : result.doc;
  const opened = await execute(ctx, openDocument, doc);
  if (opened?.ok) session.set({ notice: { tone: 'info', text: `Opened “${doc.title || 'Untitled'}”. Undo (Ctrl+Z) brings back the diagram you had.` } });
}
