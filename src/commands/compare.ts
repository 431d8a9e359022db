import { decodeShareFragment } from '../io';
import type { FlowDocument, LoadResult } from '../model';
import type { EditResult } from '../store';
import { defineCommand, type CommandContext } from './command';
import { execute } from './execute';
import { laidOut, problemsOf } from './files/openDiagram';
import { readDiagramFile } from './files/openFile';

/*
 * A comparison is session state over the current version, like a what-if scenario: it never touches
 * the document, so it runs in a shared link's review too, and the document stays as editable as it was.
 */

/** Asks for the other version: a file (JSON or Flowmap PNG) or a pasted share link. */
export const compareWith = defineCommand({ id: 'compare-with', label: 'Compare with…', category: 'Review', changesDocument: false, run: ({ session }) => {
  session.getState().set({ overlay: 'compare' });
} });

/** Compares the current version with another one already parsed (a file, a link, a saved version); `name` says which in the panel. */
export const compareWithDocument = defineCommand<{ doc: FlowDocument; name?: string }>({ id: 'compare-with-document', label: 'Compare with this version', category: 'Review', changesDocument: false, run: async ({ session }, { doc, name }) => {
  const against = await laidOut(doc);
  // The view is fitted again, so the ghosts of what was removed are in it too.
  session.setState((s) => ({ comparison: { against, name: name ?? `“${doc.title || 'Untitled'}”` }, overlay: undefined, scenario: undefined, ranking: undefined, panel: { ...s.panel, open: true }, fitRequest: s.fitRequest + 1 }));
} });

/** A version that could not be read is refused, naming the field, and nothing changes. */
async function compareLoaded(ctx: CommandContext, result: LoadResult, from: string): Promise<EditResult> {
  if (!result.ok) {
    const error = `Could not compare with ${from}; nothing changed. ${problemsOf(result.errors)}`;
    ctx.session.getState().set({ notice: { tone: 'error', text: error } });
    return { ok: false, error };
  }
  await execute(ctx, compareWithDocument, { doc: result.doc, name: from });
  return { ok: true, ids: [] };
}

export const compareWithFile = defineCommand<File>({ id: 'compare-with-file', label: 'Compare with a file', category: 'Review', changesDocument: false, run: async (ctx, file) => compareLoaded(ctx, await readDiagramFile(file), `“${file.name}”`) });

/** A whole address or only its `#d=…` part, as people copy either. */
export const linkFragment = (link: string): string => {
  const text = link.trim();
  return text.includes('#') ? text.slice(text.indexOf('#')) : text;
};

export const compareWithLink = defineCommand<string>({ id: 'compare-with-link', label: 'Compare with a share link', category: 'Review', changesDocument: false, run: (ctx, link) => compareLoaded(ctx, decodeShareFragment(linkFragment(link)), 'the link') });

export const leaveComparison = defineCommand({ id: 'leave-comparison', label: 'Leave the comparison', category: 'Review', changesDocument: false, enabled: ({ session }) => session.getState().comparison !== undefined, run: ({ session }) => {
  session.getState().set({ comparison: undefined });
} });

/** Selects what a change is about (only what is on show: a removed element has only its ghost) and zooms to it. */
export const showChange = defineCommand<{ select: readonly string[]; zoom: readonly string[] }>({ id: 'show-change', label: 'Show the change', category: 'Review', changesDocument: false, run: ({ session, viewport }, { select, zoom }) => {
  session.getState().set({ selection: [...select] });
  viewport?.focus(zoom);
} });
