import type { Finding } from '../../src/analysis';

const within = (inner: readonly string[], outer: readonly string[]) => inner.every((id) => outer.includes(id));

/**
 * Findings that say nothing another finding does not: another finding of the same question is
 * about every node this one is about. Of two findings about the very same nodes, the later counts.
 */
export function coveredFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f, i) =>
    findings.some((g, j) => j !== i && g.question === f.question && within(f.nodes, g.nodes) && (!within(g.nodes, f.nodes) || j < i)),
  );
}
