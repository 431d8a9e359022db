import { parseDocumentText } from '../io';
import type { Box, FlowDocument, GroupKind, NodeKind } from '../model';
import { extractFragment, fragmentOrigin, type ElementRef, type Patch, type Point } from '../store';
import { defineCommand, type CommandContext } from './command';

const DUPLICATE_OFFSET = 40;

const selectedFragment = ({ document, session }: CommandContext): FlowDocument | undefined => {
  const fragment = extractFragment(document.getState().doc, session.getState().selection);
  return fragment.nodes.length > 0 || fragment.groups || fragment.notes ? fragment : undefined;
};

/** The node keyboard focus is on, when nothing is selected: Delete and Enter act on it. */
const focusedNode = (): string | undefined =>
  typeof document === 'undefined' ? undefined : (document.activeElement?.closest?.('.react-flow__node')?.getAttribute('data-id') ?? undefined);

const targets = ({ session }: CommandContext): string[] => {
  const { selection } = session.getState();
  if (selection.length) return selection;
  const focused = focusedNode();
  return focused ? [focused] : [];
};

// Allowed in a review so that a reviewer can take back a comment: the document store refuses every other step there.
export const undo = defineCommand({ id: 'undo', label: 'Undo', category: 'Edit', keys: ['Mod+Z'], changesDocument: true, allowedInReview: true, enabled: ({ document }) => document.getState().history.past.length > 0, run: ({ document, session }) => {
  session.getState().set({ renaming: undefined });
  return document.getState().undo();
} });

export const redo = defineCommand({ id: 'redo', label: 'Redo', category: 'Edit', keys: ['Mod+Shift+Z', 'Mod+Y'], changesDocument: true, allowedInReview: true, enabled: ({ document }) => document.getState().history.future.length > 0, run: ({ document, session }) => {
  session.getState().set({ renaming: undefined });
  return document.getState().redo();
} });

export const deleteSelection = defineCommand({ id: 'delete', label: 'Delete the selection', category: 'Edit', keys: ['Delete', 'Backspace'], changesDocument: true, enabled: (ctx) => targets(ctx).length > 0, run: (ctx) => {
  const ids = targets(ctx);
  return ids.length ? ctx.document.getState().deleteElements(ids) : undefined;
} });

export const deleteElements = defineCommand<readonly string[]>({ id: 'delete-elements', label: 'Delete', category: 'Edit', changesDocument: true, run: ({ document }, ids) => document.getState().deleteElements(ids) });

export const duplicate = defineCommand({ id: 'duplicate', label: 'Duplicate', category: 'Edit', keys: ['Mod+D'], changesDocument: true, enabled: (ctx) => selectedFragment(ctx) !== undefined, run: (ctx) => {
  const fragment = selectedFragment(ctx);
  const from = fragment && fragmentOrigin(fragment);
  if (!fragment || !from) return;
  const result = ctx.document.getState().insertFragment(fragment, { x: from.x + DUPLICATE_OFFSET, y: from.y + DUPLICATE_OFFSET });
  if (result.ok) ctx.session.getState().set({ selection: result.ids });
  return result;
} });

/** Copy puts the selection on the clipboard as Flowmap JSON; it reads the document only. */
export const copy = defineCommand<DataTransfer>({ id: 'copy', label: 'Copy', category: 'Edit', keys: ['Mod+C'], keysByBrowser: true, changesDocument: false, run: (ctx, clipboard) => {
  const fragment = selectedFragment(ctx);
  if (fragment) clipboard.setData('text/plain', JSON.stringify(fragment, null, 2));
} });

export const cut = defineCommand<DataTransfer>({ id: 'cut', label: 'Cut', category: 'Edit', keys: ['Mod+X'], keysByBrowser: true, changesDocument: true, run: (ctx, clipboard) => {
  const fragment = selectedFragment(ctx);
  if (!fragment) return;
  clipboard.setData('text/plain', JSON.stringify(fragment, null, 2));
  return ctx.document.getState().deleteElements(ctx.session.getState().selection);
} });

function pasteText({ document, session }: CommandContext, text: string, at: Point) {
  const parsed = parseDocumentText(text);
  if (!parsed.ok) {
    session.getState().set({ notice: { tone: 'error', text: `Nothing pasted: the clipboard does not hold a Flowmap diagram (${parsed.errors.slice(0, 3).join('; ')}).` } });
    return { ok: false as const, error: parsed.errors[0] ?? 'not a diagram' };
  }
  const result = document.getState().insertFragment(parsed.doc, at);
  if (result.ok) session.getState().set({ selection: result.ids });
  return result;
}

/** Pasted Flowmap JSON (copied nodes or a whole file) is inserted where the pointer is. */
export const paste = defineCommand<string>({ id: 'paste', label: 'Paste at the pointer', category: 'Edit', keys: ['Mod+V'], keysByBrowser: true, changesDocument: true, run: (ctx, text) => pasteText(ctx, text, ctx.viewport?.pastePoint() ?? { x: 0, y: 0 }) });

/** The context menu's paste: at the spot that was right-clicked. */
export const pasteAt = defineCommand<{ text: string; at: Point }>({ id: 'paste-at', label: 'Paste here', category: 'Edit', changesDocument: true, run: (ctx, { text, at }) => pasteText(ctx, text, at) });

/** A node, boundary or note: each has a name or text edited in place. */
const renameTarget = (ctx: CommandContext) => {
  const ids = targets(ctx);
  const { doc } = ctx.document.getState();
  const named = (item: { id: string }) => item.id === ids[0];
  return ids.length === 1 ? (doc.nodes.find(named) ?? doc.groups?.find(named) ?? doc.notes?.find(named)) : undefined;
};

export const rename = defineCommand({ id: 'rename', label: 'Rename the selected node (or edit a note)', category: 'Edit', keys: ['Enter', 'F2'], changesDocument: true, enabled: (ctx) => renameTarget(ctx) !== undefined, run: (ctx) => {
  const node = renameTarget(ctx);
  if (node) ctx.session.getState().set({ renaming: node.id, selection: [node.id] });
} });

export const addNode = defineCommand<{ kind: NodeKind; at: Point; rename?: boolean }>({ id: 'add-node', label: 'Add a node', category: 'Edit', changesDocument: true, run: ({ document, session }, { kind, at, rename: startRename = true }) => {
  const result = document.getState().addNode(kind, at);
  if (result.ok) session.getState().set({ selection: result.ids, renaming: startRename ? result.ids[0] : undefined });
  return result;
} });

export const addGroup = defineCommand<{ kind: GroupKind; at: Point }>({ id: 'add-boundary', label: 'Add a boundary', category: 'Edit', changesDocument: true, run: ({ document, session }, { kind, at }) => {
  const result = document.getState().addGroup(kind, at);
  if (result.ok) session.getState().set({ selection: result.ids, renaming: result.ids[0] });
  return result;
} });

export const addNote = defineCommand<Point>({ id: 'add-note', label: 'Add a note', category: 'Edit', changesDocument: true, run: ({ document, session }, at) => {
  const result = document.getState().addNote(at);
  if (result.ok) session.getState().set({ selection: result.ids, renaming: result.ids[0] });
  return result;
} });

/** A boundary's or a note's new frame when a resize ends: one undo step. */
export const resizeElement = defineCommand<{ id: string; box: Box }>({ id: 'resize', label: 'Resize a boundary or note', category: 'Edit', changesDocument: true, run: ({ document }, { id, box }) => document.getState().resizeElement(id, box) });

export const connect = defineCommand<{ source: string; target: string }>({ id: 'connect', label: 'Draw an arrow', category: 'Edit', changesDocument: true, run: ({ document, session }, { source, target }) => {
  const result = document.getState().connect(source, target);
  if (result.ok) session.getState().set({ selection: result.ids });
  else session.getState().set({ notice: { tone: 'info', text: result.error } });
  return result;
} });

export const reconnect = defineCommand<{ edge: string; source: string; target: string }>({ id: 'reconnect', label: 'Move an arrow’s end', category: 'Edit', changesDocument: true, run: ({ document }, { edge, source, target }) => document.getState().reconnect(edge, source, target) });

export const moveNodes = defineCommand<{ positions: ReadonlyMap<string, Point>; mergeKey?: string }>({ id: 'move-nodes', label: 'Move nodes', category: 'Edit', changesDocument: true, run: ({ document, session }, { positions, mergeKey }) => {
  // The drag ends after the move lands, so the canvas takes the new positions at once (no flick back).
  const result = document.getState().moveNodes(positions, mergeKey, true);
  session.getState().set({ dragging: undefined });
  return result;
} });

/** Node positions while a drag is under way: view state in the session, no document change until it ends. */
export const drag = defineCommand<ReadonlyMap<string, Point> | undefined>({ id: 'drag', label: 'Drag nodes', category: 'Edit', changesDocument: true, run: ({ session }, dragging) => session.getState().set({ dragging }) });

export const updateElement = defineCommand<{ ref: ElementRef; patch: Patch; mergeKey?: string }>({ id: 'update', label: 'Change a fact', category: 'Edit', changesDocument: true, run: ({ document }, { ref, patch, mergeKey }) => document.getState().updateElement(ref, patch, mergeKey) });

/** The panel's one-click answer to a question the review asks. */
export const answerUnknown = defineCommand<{ ref: ElementRef; fact: string; value: string | number | boolean }>({ id: 'answer', label: 'Answer a question', category: 'Edit', changesDocument: true, run: ({ document }, { ref, fact, value }) => document.getState().updateElement(ref, { [fact]: value }) });

export const setTitle = defineCommand<string>({ id: 'set-title', label: 'Rename the diagram', category: 'Edit', changesDocument: true, run: ({ document }, title) => document.getState().setTitle(title) });

export const openDocument = defineCommand<FlowDocument>({ id: 'open-document', label: 'Open a diagram', category: 'File', changesDocument: true, run: ({ document, session }, doc) => {
  // The fit is asked for first, so the canvas takes the new diagram at once and fits that.
  session.setState((s) => ({ selection: [], renaming: undefined, comparison: undefined, fitRequest: s.fitRequest + 1 }));
  return document.getState().openDocument(doc);
} });

export const arrange = defineCommand<{ positions: ReadonlyMap<string, Point>; frames?: ReadonlyMap<string, Box> }>({ id: 'arrange', label: 'Lay out', category: 'Edit', changesDocument: true, run: ({ document, session }, { positions, frames }) => {
  session.setState((s) => ({ fitRequest: s.fitRequest + 1 }));
  return document.getState().arrange(positions, frames);
} });
