import type { LintedFile } from './lint';

type Valid = Extract<LintedFile, { ok: true }>;
const report = (file: Valid) => ({ findings: file.analysis.findings, answers: file.analysis.answers });

/** One file: `{findings, answers}`. Several: `{files: [{path, findings, answers}]}` (bad files are left to stderr). */
export function formatJson(files: readonly LintedFile[]): string {
  const valid = files.filter((f): f is Valid => f.ok);
  const body = files.length === 1 && valid[0] ? report(valid[0]) : { files: valid.map((file) => ({ path: file.path, ...report(file) })) };
  return `${JSON.stringify(body, null, 2)}\n`;
}
