import { loadDocument, type FlowDocument } from '../model';
import { startHistory, type History } from './history';
import { applyPatch, revertPatch, type DocumentPatch } from './patches';

/** Undo steps kept across a reload are capped by size: sessionStorage holds a few megabytes at most. */
export const HISTORY_BUDGET_CHARS = 2_000_000;

interface Snapshot {
  present: unknown;
  past: DocumentPatch[];
  future: DocumentPatch[];
}

/** The nearest undo and redo steps that fit the budget, as text; undefined when even the present does not. */
export function serializeHistory(history: History, budget = HISTORY_BUDGET_CHARS): string | undefined {
  const present = JSON.stringify(history.present);
  let left = budget - present.length;
  if (left < 0) return undefined;
  const take = (steps: readonly DocumentPatch[]) => {
    const kept: string[] = [];
    for (const step of steps) {
      const text = JSON.stringify(step);
      if (text.length + 1 > left) break;
      left -= text.length + 1;
      kept.push(text);
    }
    return kept;
  };
  const past = take([...history.past].reverse()).reverse();
  const future = take(history.future);
  return `{"present":${present},"past":[${past.join(',')}],"future":[${future.join(',')}]}`;
}

/** A document as text in the format's own key order (validation reorders keys; the store need not). */
function normalised(doc: unknown): string | undefined {
  const loaded = loadDocument(doc);
  return loaded.ok ? JSON.stringify(loaded.doc) : undefined;
}

/** Walks the steps from the present, checking that every document on the way is valid. */
function valid(present: FlowDocument, steps: unknown, step: (doc: FlowDocument, patch: DocumentPatch) => FlowDocument): boolean {
  if (!Array.isArray(steps)) return false;
  let doc = present;
  for (const patch of steps as DocumentPatch[]) {
    doc = step(doc, patch);
    if (!loadDocument(doc).ok) return false;
  }
  return true;
}

/** The undo history saved before a reload, if it belongs to this document; every step is validated. */
export function restoreHistory(text: string | null, present: FlowDocument): History | undefined {
  if (!text) return undefined;
  try {
    const snapshot = JSON.parse(text) as Snapshot;
    const here = normalised(present);
    if (here === undefined || normalised(snapshot.present) !== here) return undefined;
    const { past, future } = snapshot;
    if (!valid(present, [...past].reverse(), revertPatch) || !valid(present, future, applyPatch)) return undefined;
    return { ...startHistory(present), past, future };
  } catch {
    return undefined;
  }
}
