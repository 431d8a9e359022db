import { defineCommand } from './command';

/** The name put on this person's waivers; the app remembers it in this browser. */
export const setAuthor = defineCommand<string>({ id: 'set-author', label: 'Set your name', category: 'Review', changesDocument: false, run: ({ session }, name) => {
  session.getState().set({ author: name.trim() || undefined });
} });

/** Accepts a finding with a reason (and an optional last day), signed with the person's name: one undo step. */
export const acceptFinding = defineCommand<{ fingerprint: string; reason: string; expires?: string }>({ id: 'accept-finding', label: 'Accept a finding', category: 'Review', changesDocument: true, run: ({ document, session }, { fingerprint, reason, expires }) => {
  const { author } = session.getState();
  const result = document.getState().acceptFinding({ fingerprint, reason: reason.trim(), createdAt: new Date().toISOString(), ...(author ? { author } : {}), ...(expires ? { expires } : {}) });
  if (!result.ok) session.getState().set({ notice: { tone: 'error', text: `Not accepted: ${result.error}` } });
  return result;
} });

/** Removes a finding's waiver: it counts again. */
export const reopenFinding = defineCommand<string>({ id: 'reopen-finding', label: 'Reopen a finding', category: 'Review', changesDocument: true, run: ({ document }, fingerprint) => document.getState().reopenFinding(fingerprint) });
