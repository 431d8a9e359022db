import type { FlowDocument } from '../model';
import { defineCommand } from './command';
import { openDocument } from './edit';
import { execute } from './execute';
import { versionTime } from './versionTime';

/** A version's diagram as read back from the browser's storage, and when it was saved. */
export interface SavedVersion {
  doc: FlowDocument;
  savedAt: number;
}

const when = (savedAt: number) => versionTime(savedAt, Date.now()).absolute;

/** The title a copy takes, so the copy and the versions it makes are told apart from the original. */
export const copyTitle = (title: string) => `${title || 'Untitled'} (copy)`;

export const showVersions = defineCommand({ id: 'versions', label: 'Versions…', category: 'File', changesDocument: false, run: ({ session }) => session.getState().set({ overlay: 'versions' }) });

/** Puts the diagram back as it was in a version: one undo step, and the diagram it replaces is kept as a version. */
export const restoreVersion = defineCommand<SavedVersion>({ id: 'restore-version', label: 'Restore a version', category: 'File', changesDocument: true, run: async (ctx, { doc, savedAt }) => {
  const result = await execute(ctx, openDocument, doc);
  if (result?.ok) ctx.session.getState().set({ notice: { tone: 'info', text: `Restored the version of ${when(savedAt)}. Undo (Ctrl+Z) brings back what was there.` } });
  return result;
} });

/** Opens a version as a diagram of its own, as opening a file does: the diagram it replaces is kept as a version. */
export const openVersionCopy = defineCommand<SavedVersion>({ id: 'open-version-copy', label: 'Open a version as a copy', category: 'File', changesDocument: true, run: async (ctx, { doc, savedAt }) => {
  const title = copyTitle(doc.title);
  const result = await execute(ctx, openDocument, { ...doc, title });
  if (result?.ok) ctx.session.getState().set({ notice: { tone: 'info', text: `Opened “${title}”, a copy of the version of ${when(savedAt)}. The diagram you had is kept in Versions, and Undo (Ctrl+Z) brings it back.` } });
  return result;
} });
