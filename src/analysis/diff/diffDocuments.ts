import type { FlowDocument } from '../../model';
import { analyze } from '../analyze';
import type { Finding } from '../types';

/** Anything kept by id: nodes, edges, groups, notes (typed loosely so any version's fields are compared). */
export interface Item {
  id: string;
  [field: string]: unknown;
}

export interface ChangedItem {
  id: string;
  /** The fields whose value differs, sorted. */
  fields: string[];
  /** Those fields' old and new values (absent when the field was not set). */
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

export interface ItemsDiff {
  added: Item[];
  removed: Item[];
  changed: ChangedItem[];
}

export interface DocumentDiff {
  /** Top-level fields other than the item lists (title, notes, comments, waivers…) whose value differs. */
  document: { fields: string[] };
  nodes: ItemsDiff;
  edges: ItemsDiff;
  groups: ItemsDiff;
  notes: ItemsDiff;
  /** By fingerprint: introduced are the new version's, resolved the old version's, unchanged the new version's. */
  findings: { introduced: Finding[]; resolved: Finding[]; unchanged: Finding[] };
}

/** Where an item is drawn, not what it says: moving or resizing is not a change. */
const LAYOUT_FIELDS = new Set(['position', 'size']);
const ITEM_LISTS = ['nodes', 'edges', 'groups', 'notes'] as const;
const NOT_COMPARED = new Set(['format', 'version', ...ITEM_LISTS]);

/** Deep equality of JSON values; object keys in any order. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return keysA.length === keysB.length && keysA.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>, ignored: ReadonlySet<string>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !ignored.has(key) && !same(before[key], after[key])).sort();
}

const pick = (item: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((f) => item[f] !== undefined).map((f) => [f, item[f]]));

function diffItems(before: readonly Item[], after: readonly Item[]): ItemsDiff {
  const old = new Map(before.map((item) => [item.id, item]));
  const ids = new Set(after.map((item) => item.id));
  const changed: ChangedItem[] = [];
  for (const item of after) {
    const previous = old.get(item.id);
    const fields = previous ? changedFields(previous, item, LAYOUT_FIELDS) : [];
    if (fields.length) changed.push({ id: item.id, fields, before: pick(previous!, fields), after: pick(item, fields) });
  }
  return { added: after.filter((item) => !old.has(item.id)), removed: before.filter((item) => !ids.has(item.id)), changed };
}

function itemsOf(doc: FlowDocument, list: (typeof ITEM_LISTS)[number]): readonly Item[] {
  const items = (doc as unknown as Record<string, unknown>)[list];
  return Array.isArray(items) ? (items as Item[]) : [];
}

/** The findings of a version: the app passes its own cached, dated analysis; the CLI analyses afresh. */
export type FindingsOf = (doc: FlowDocument) => readonly Finding[];
const analysed: FindingsOf = (doc) => analyze(doc).findings;

/** What changed from `before` to `after`: items matched by id field by field, findings matched by fingerprint. */
export function diffDocuments(before: FlowDocument, after: FlowDocument, findingsOf: FindingsOf = analysed): DocumentDiff {
  const [oldFindings, newFindings] = [findingsOf(before), findingsOf(after)];
  const oldPrints = new Set(oldFindings.map((f) => f.fingerprint));
  const newPrints = new Set(newFindings.map((f) => f.fingerprint));
  const lists = Object.fromEntries(ITEM_LISTS.map((list) => [list, diffItems(itemsOf(before, list), itemsOf(after, list))])) as Record<(typeof ITEM_LISTS)[number], ItemsDiff>;
  return {
    document: { fields: changedFields(before, after, NOT_COMPARED) },
    ...lists,
    findings: {
      introduced: newFindings.filter((f) => !oldPrints.has(f.fingerprint)),
      resolved: oldFindings.filter((f) => !newPrints.has(f.fingerprint)),
      unchanged: newFindings.filter((f) => oldPrints.has(f.fingerprint)),
    },
  };
}

/** Whether anything but layout changed (findings follow from the document, so they are not counted on their own). */
export function hasChanges(diff: DocumentDiff): boolean {
  return diff.document.fields.length > 0 || ITEM_LISTS.some((list) => diff[list].added.length + diff[list].removed.length + diff[list].changed.length > 0);
}
