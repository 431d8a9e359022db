import { loadDocument, type FlowDocument } from '../model';
import { startHistory, type History } from './history';

/** Undo steps kept across a reload are capped by size: sessionStorage holds a few megabytes at most. */
export const HISTORY_BUDGET_CHARS = 2_000_000;

interface Snapshot {
  present: FlowDocument;
  past: FlowDocument[];
  future: FlowDocument[];
}

/** The nearest undo and redo steps that fit the budget, as text; undefined when even the present does not. */
export function serializeHistory(history: History<FlowDocument>, budget = HISTORY_BUDGET_CHARS): string | undefined {
  const present = JSON.stringify(history.present);
  let left = budget - present.length;
  if (left < 0) return undefined;
  const take = (docs: readonly FlowDocument[]) => {
    const kept: string[] = [];
    for (const doc of docs) {
      const text = JSON.stringify(doc);
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

/** The undo history saved before a reload, if it belongs to this document; every step is validated. */
export function restoreHistory(text: string | null, present: FlowDocument): History<FlowDocument> | undefined {
  if (!text) return undefined;
  try {
    const snapshot = JSON.parse(text) as Snapshot;
    const here = normalised(present);
    if (here === undefined || normalised(snapshot.present) !== here) return undefined;
    const valid = (docs: unknown): FlowDocument[] | undefined => {
      if (!Array.isArray(docs)) return undefined;
      const loaded = docs.map((doc) => loadDocument(doc));
      return loaded.every((r) => r.ok) ? loaded.map((r) => (r as { doc: FlowDocument }).doc) : undefined;
    };
    const [past, future] = [valid(snapshot.past), valid(snapshot.future)];
    return past && future ? { ...startHistory(present), past, future } : undefined;
  } catch {
    return undefined;
  }
}
