import { RULES, type Severity } from '../analysis';
import type { LintedFile } from './lint';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The line (1-based) where `"id": "<id>"` is declared in the JSON text, or 1. */
export function lineOfId(text: string, id: string): number {
  const match = new RegExp(`"id"\\s*:\\s*${JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(text);
  if (!match) return 1;
  let line = 1;
  for (let i = 0; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function formatSarif(files: readonly LintedFile[]): string {
  const results = files.flatMap((file) =>
    !file.ok
      ? []
      : file.analysis.findings.map((finding) => {
          const anchor = finding.nodes[0] ?? finding.edges[0];
          return {
            ruleId: finding.rule,
            partialFingerprints: { 'flowmapFinding/v1': finding.fingerprint },
            level: LEVEL[finding.severity],
            message: { text: `${finding.message} Fix: ${finding.fix}` },
            ...(finding.waived ? { suppressions: [{ kind: 'external', justification: finding.waived.reason }] } : {}),
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: file.path.replaceAll('\\', '/') },
                  region: { startLine: anchor ? lineOfId(file.text, anchor) : 1 },
                },
                logicalLocations: [...finding.nodes, ...finding.edges].map((id) => ({ name: id, kind: 'element' })),
              },
            ],
          };
        }),
  );
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
