import type { FlowDocument } from '../model';

/*
 * An undo step records what changed, element by element (keyed by id), not a copy of the document:
 * a step on a 5,000-node map holds the few elements it touched, and a later collaboration layer can
 * undo one person's steps without the others'.
 */

export const COLLECTIONS = ['nodes', 'edges', 'groups', 'notes', 'comments', 'waivers'] as const;
export type Collection = (typeof COLLECTIONS)[number];

type Item = { id?: string; fingerprint?: string };
/** Waivers have no id: their fingerprint is their identity. */
const keyOf = (item: Item): string => item.id ?? item.fingerprint!;

export interface ElementChange {
  id: string;
  /** The element and its index before the step; absent when the step added it. */
  before?: { value: unknown; index: number };
  /** The element and its index after the step; absent when the step removed it. */
  after?: { value: unknown; index: number };
}

export interface DocumentPatch {
  title?: { before: string; after: string };
  /** Whether an optional collection existed before and after (so undo gives back an absent field, not []). */
  present?: Partial<Record<Collection, { before: boolean; after: boolean }>>;
  changes: Partial<Record<Collection, ElementChange[]>>;
}

/** Whether a step changes the comments and nothing else: the one kind of step a shared link's reviewer makes, and may undo. */
export const onlyComments = (patch: DocumentPatch): boolean =>
  patch.title === undefined &&
  Object.keys(patch.present ?? {}).every((c) => c === 'comments') &&
  Object.entries(patch.changes).every(([c, list]) => c === 'comments' || !list?.length);

type Items = readonly Item[] | undefined;
const itemsOf = (doc: FlowDocument, collection: Collection): Items => doc[collection] as Items;

function diffItems(before: readonly Item[], after: readonly Item[]): ElementChange[] {
  const old = new Map(before.map((value, index) => [keyOf(value), { value, index }]));
  const changes: ElementChange[] = [];
  const seen = new Set<string>();
  after.forEach((value, index) => {
    const id = keyOf(value);
    seen.add(id);
    const was = old.get(id);
    if (!was) changes.push({ id, after: { value, index } });
    // Elements shifted by an insertion or removal elsewhere are not changes: edits never reorder.
    else if (was.value !== value) changes.push({ id, before: was, after: { value, index } });
  });
  for (const [id, was] of old) if (!seen.has(id)) changes.push({ id, before: was });
  return changes;
}

/** What changed from `before` to `after`; elements are compared by identity, so unchanged ones cost nothing. */
export function diffDocuments(before: FlowDocument, after: FlowDocument): DocumentPatch {
  const patch: DocumentPatch = { changes: {} };
  if (before.title !== after.title) patch.title = { before: before.title, after: after.title };
  for (const collection of COLLECTIONS) {
    const [was, now] = [itemsOf(before, collection), itemsOf(after, collection)];
    if (was === now) continue;
    if ((was === undefined) !== (now === undefined)) (patch.present ??= {})[collection] = { before: was !== undefined, after: now !== undefined };
    const changes = diffItems(was ?? [], now ?? []);
    if (changes.length) patch.changes[collection] = changes;
  }
  return patch;
}

export const isEmptyPatch = (patch: DocumentPatch): boolean => !patch.title && !patch.present && Object.keys(patch.changes).length === 0;

type Side = 'before' | 'after';

function applyChanges(items: readonly Item[], changes: readonly ElementChange[], from: Side, to: Side): Item[] {
  const leaving = new Set(changes.filter((c) => c[from]).map((c) => c.id));
  const kept = items.filter((item) => !leaving.has(keyOf(item)));
  const arriving = changes.flatMap((c) => (c[to] ? [c[to]!] : [])).sort((a, b) => a.index - b.index);
  for (const { value, index } of arriving) kept.splice(Math.min(index, kept.length), 0, value as Item);
  return kept;
}

function apply(doc: FlowDocument, patch: DocumentPatch, from: Side, to: Side): FlowDocument {
  const next: Record<string, unknown> = { ...doc };
  if (patch.title) next.title = patch.title[to];
  for (const collection of COLLECTIONS) {
    const changes = patch.changes[collection];
    const presence = patch.present?.[collection];
    if (changes) next[collection] = applyChanges(itemsOf(doc, collection) ?? [], changes, from, to);
    if (presence && !presence[to]) delete next[collection];
    else if (presence?.[to] && next[collection] === undefined) next[collection] = [];
  }
  return next as FlowDocument;
}

/** The document after the step (redo). */
export const applyPatch = (doc: FlowDocument, patch: DocumentPatch): FlowDocument => apply(doc, patch, 'before', 'after');

/** The document before the step (undo). */
export const revertPatch = (doc: FlowDocument, patch: DocumentPatch): FlowDocument => apply(doc, patch, 'after', 'before');
