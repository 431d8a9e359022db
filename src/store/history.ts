/** Undo/redo over immutable snapshots: structural sharing makes each step cost only what changed. */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** Edits with the same key in quick succession (typing, arrow-key nudges) merge into one undo step. */
  lastKey?: string;
  lastAt: number;
}

export const HISTORY_LIMIT = 200;
const COALESCE_MS = 1000;

export const startHistory = <T>(present: T): History<T> => ({ past: [], present, future: [], lastAt: 0 });

export function commit<T>(history: History<T>, next: T, key?: string, now = Date.now()): History<T> {
  if (next === history.present) return history;
  const merge = key !== undefined && key === history.lastKey && now - history.lastAt < COALESCE_MS;
  const past = merge ? history.past : [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], lastKey: key, lastAt: now };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], lastAt: 0 };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future, lastAt: 0 };
}
