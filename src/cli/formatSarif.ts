import { RULES, type Finding, type Severity } from '../analysis';
import { listFindings, type LintedFile } from './lint';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * The line (1-based) where each `"id": "<id>"` is first declared in the JSON text, in one pass over the text:
 * looking each finding's line up by scanning the whole text made SARIF quadratic on large files.
 */
export function declarationLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const pattern = /"id"\s*:\s*("(?:[^"\\\n]|\\.)*")/g;
  let line = 1;
  let scanned = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    for (; scanned < match.index; scanned++) if (text.charCodeAt(scanned) === 10) line++;
    try {
      const id: unknown = JSON.parse(match[1]!);
      if (typeof id === 'string' && !lines.has(id)) lines.set(id, line);
    } catch {
      // Not a JSON string after all (the document parsed, so this is inside some other text): no declaration here.
    }
  }
  return lines;
}

type SarifState = 'new' | 'unchanged' | 'absent';

export function formatSarif(files: readonly LintedFile[]): string {
  const results = files.flatMap((file) => {
    if (!file.ok) return [];
    const lines = declarationLines(file.text);
    const result = (finding: Finding, state?: SarifState) => {
      const anchor = finding.nodes[0] ?? finding.edges[0];
      return {
        ruleId: finding.rule,
        partialFingerprints: { 'flowmapFinding/v1': finding.fingerprint },
        ...(state ? { baselineState: state } : {}),
        level: LEVEL[finding.severity],
        message: { text: `${finding.message} Fix: ${finding.fix}` },
        ...(finding.waived ? { suppressions: [{ kind: 'external', justification: finding.waived.reason }] } : {}),
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: file.path.replaceAll('\\', '/') },
              region: { startLine: (anchor && lines.get(anchor)) ?? 1 },
            },
            logicalLocations: [...finding.nodes, ...finding.edges].map((id) => ({ name: id, kind: 'element' })),
          },
        ],
      };
    };
    const absent = (file.baseline?.absent ?? []).map((finding) => result(finding, 'absent'));
    return [...listFindings(file).map(({ finding, state }) => result(finding, state)), ...absent];
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'flowmap',
            informationUri: 'https://flowmap.example/docs/rules.md',
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.title },
              helpUri: `https://flowmap.example/${rule.docs}`,
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { question: rule.question, facts: rule.facts },
            })),
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
