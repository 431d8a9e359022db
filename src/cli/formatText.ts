import type { Severity } from '../analysis';
import type { LintedFile } from './lint';
import type { LintOptions } from './options';

const COLOURS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };

export function formatText(files: readonly LintedFile[], options: Pick<LintOptions, 'color'>): string {
  const paint = (severity: Severity) => (options.color ? `${COLOURS[severity]}${severity}\x1b[0m` : severity);
  const lines: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const file of files) {
    if (!file.ok) continue;
    const { findings } = file.analysis;
    lines.push(`${file.path}: ${findings.length === 0 ? 'no findings' : `${findings.length} finding${findings.length === 1 ? '' : 's'}`}`);
    for (const finding of findings) {
      totals[finding.severity]++;
      const where = [...finding.nodes, ...finding.edges].join(', ');
      lines.push(`  ${paint(finding.severity)} ${finding.rule} [${where}] ${finding.message}`, `    fix: ${finding.fix}`);
    }
  }
  const checked = files.filter((f) => f.ok).length;
  lines.push(`${checked} file${checked === 1 ? '' : 's'} checked: ${totals.error} errors, ${totals.warning} warnings, ${totals.info} info`);
  return `${lines.join('\n')}\n`;
}
