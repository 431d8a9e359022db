import type { FlowWaiver } from '../model';
import { fingerprintOf, restate } from './rules/ruleFinding';
import { STALE_WAIVER } from './rules/staleWaiver';
import type { Finding } from './types';

/** A waiver applies through its expiry date; with no `today` given, expiry is not judged. */
const inForce = (waiver: FlowWaiver, today: string | undefined) => waiver.expires === undefined || today === undefined || today <= waiver.expires;

function stale(waiver: FlowWaiver): Finding {
  return {
    rule: STALE_WAIVER.id,
    fingerprint: fingerprintOf(STALE_WAIVER.id, [], [], waiver.fingerprint),
    question: STALE_WAIVER.question,
    severity: STALE_WAIVER.severity,
    nodes: [],
    edges: [],
    message: `A waiver (“${waiver.reason}”) accepts finding ${waiver.fingerprint}, which no longer appears: the design or the finding changed since it was accepted.`,
    fix: 'Remove the waiver, or accept the finding it was meant for again.',
    unknowns: [],
  };
}

/**
 * Marks each finding a waiver in force accepts (`waived`, with the waiver's reason, author and
 * dates); an expired waiver leaves its finding reported. A waiver whose finding is gone is reported
 * as a stale-waiver finding. With no waivers, the findings given are returned as they are.
 */
export function applyWaivers(findings: Finding[], waivers: readonly FlowWaiver[], today: string | undefined): Finding[] {
  if (waivers.length === 0) return findings;
  const byFingerprint = new Map(waivers.map((w) => [w.fingerprint, w]));
  const seen = new Set<string>();
  const marked = findings.map((finding) => {
    const waiver = byFingerprint.get(finding.fingerprint);
    if (!waiver) return finding;
    seen.add(finding.fingerprint);
    if (!inForce(waiver, today)) return finding;
    const { reason, author, createdAt, expires } = waiver;
    return restate(finding, { waived: { reason, ...(author === undefined ? {} : { author }), createdAt, ...(expires === undefined ? {} : { expires }) } });
  });
  return [...marked, ...waivers.filter((w) => !seen.has(w.fingerprint)).map(stale)];
}
