import type { FlowDocument } from '../model';
import { applyPatch, diffDocuments, isEmptyPatch, revertPatch, type DocumentPatch } from './patches';

/** Undo/redo as patches: each step holds only the elements it changed. */
export interface History {
  past: DocumentPatch[];
  present: FlowDocument;
  future: DocumentPatch[];
  /** Edits with the same key in quick succession (typing, arrow-key nudges) merge into one undo step. */
  lastKey?: string;
  lastAt: number;
}

export const HISTORY_LIMIT = 200;
const COALESCE_MS = 1000;

export const startHistory = (present: FlowDocument): History => ({ past: [], present, future: [], lastAt: 0 });

export function commit(history: History, next: FlowDocument, key?: string, now = Date.now()): History {
  if (next === history.present) return history;
  const merge = key !== undefined && key === history.lastKey && now - history.lastAt < COALESCE_MS && history.past.length > 0;
  // A merged step runs from before the previous one to now, diffed afresh so it is exact.
  const base = merge ? revertPatch(history.present, history.past.at(-1)!) : history.present;
  const patch = diffDocuments(base, next);
  const past = merge ? history.past.slice(0, -1) : history.past;
  if (isEmptyPatch(patch)) return { past, present: next, future: [], lastKey: key, lastAt: now };
  return { past: [...past, patch].slice(-HISTORY_LIMIT), present: next, future: [], lastKey: key, lastAt: now };
}

export function undo(history: History): History {
  const step = history.past.at(-1);
  if (step === undefined) return history;
  return { past: history.past.slice(0, -1), present: revertPatch(history.present, step), future: [step, ...history.future], lastAt: 0 };
}

export function redo(history: History): History {
  const [step, ...future] = history.future;
  if (step === undefined) return history;
  return { past: [...history.past, step], present: applyPatch(history.present, step), future, lastAt: 0 };
}
