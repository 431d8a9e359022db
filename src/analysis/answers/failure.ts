import { distinctUnknowns } from '../ask';
import type { Context } from '../derived';
import { label } from '../text';
import type { FailureAnswer, Unknown } from '../types';
import { FAILURE_CHECKS, type Mode } from './failureModes';

function summarize(name: string, modes: readonly Mode[], unknowns: readonly Unknown[]): string {
  if (modes.length === 0) return `No async hop, retry, shared copy, second writer or schema contract touches ${name}: the map shows no way for its data to go wrong.`;
  const open = modes.filter((m) => !m.mitigated).map((m) => `${m.mode} (${m.because})`);
  const covered = [...new Set(modes.filter((m) => m.mitigated).map((m) => `${m.mode} (${m.mitigation})`))];
  return [
    open.length > 0 ? `Data at ${name} can go wrong: ${open.join('; ')}.` : `Every way data at ${name} can go wrong is covered.`,
    covered.length > 0 ? `Covered: ${covered.join('; ')}.` : '',
    ...unknowns.map((u) => `${u.question} Unknown.`),
  ].filter(Boolean).join(' ');
}

/** How node i's data can go late, duplicated, partial, silent, stale, malformed or conflicting, and what covers each. */
export function failureAnswer(ctx: Context, i: number): FailureAnswer {
  const found = FAILURE_CHECKS.flatMap((check) => check(ctx, i));
  const modes = found.map((f) => f.mode);
  const unknowns = distinctUnknowns(found.flatMap((f) => f.unknowns));
  return { summary: summarize(label(ctx.graph, i), modes, unknowns), modes, unknowns };
}
