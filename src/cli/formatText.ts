import type { Severity } from '../analysis';
import type { LintedFile } from './lint';
import type { LintOptions } from './options';

const COLOURS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };

export function formatText(files: readonly LintedFile[], options: Pick<LintOptions, 'color'>): string {
  const paint = (severity: Severity) => (options.color ? `${COLOURS[severity]}${severity}\x1b[0m` : severity);
  const lines: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let accepted = 0;
  for (const file of files) {
    if (!file.ok) continue;
    const { findings } = file.analysis;
    lines.push(`${file.path}: ${findings.length === 0 ? 'no findings' : `${findings.length} finding${findings.length === 1 ? '' : 's'}`}`);
    for (const finding of findings) {
      const where = [...finding.nodes, ...finding.edges].join(', ');
      if (finding.waived) {
        accepted++;
        const { reason, author, createdAt, expires } = finding.waived;
        const by = [author ? `by ${author}` : '', `on ${createdAt.slice(0, 10)}`, expires ? `until ${expires}` : ''].filter(Boolean).join(' ');
        lines.push(`  accepted ${finding.severity} ${finding.rule} [${where}] ${finding.message}`, `    accepted ${by}: ${reason}`);
        continue;
      }
      totals[finding.severity]++;
      lines.push(`  ${paint(finding.severity)} ${finding.rule} [${where}] ${finding.message}`, `    fix: ${finding.fix}`);
    }
  }
  const checked = files.filter((f) => f.ok).length;
  lines.push(`${checked} file${checked === 1 ? '' : 's'} checked: ${totals.error} errors, ${totals.warning} warnings, ${totals.info} info${accepted > 0 ? `, ${accepted} accepted` : ''}`);
  return `${lines.join('\n')}\n`;
}
