import type { Severity } from '../analysis';
import { listFindings, type LintedFile } from './lint';
import type { LintOptions } from './options';
import { terminalText } from './terminalText';

const COLOURS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Per file, its findings (with a baseline the new ones first, marked `new`, then those fixed since), and a total. */
export function formatText(files: readonly LintedFile[], options: Pick<LintOptions, 'color'>): string {
  const paint = (severity: Severity) => (options.color ? `${COLOURS[severity]}${severity}\x1b[0m` : severity);
  const lines: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let introduced = 0;
  let accepted = 0;
  for (const file of files) {
    if (!file.ok) continue;
    const listed = listFindings(file);
    const fresh = listed.filter((f) => f.state === 'new').length;
    introduced += fresh;
    const absent = file.baseline?.absent ?? [];
    const since = file.baseline ? `, ${fresh} new, ${absent.length} fixed since the baseline` : '';
    lines.push(`${terminalText(file.path)}: ${listed.length === 0 ? 'no findings' : plural(listed.length, 'finding')}${since}`);
    for (const { finding, state } of listed) {
      const where = [...finding.nodes, ...finding.edges].join(', ');
      if (finding.waived) {
        accepted++;
        const { reason, author, createdAt, expires } = finding.waived;
        const by = [author ? `by ${terminalText(author)}` : '', `on ${createdAt.slice(0, 10)}`, expires ? `until ${expires}` : ''].filter(Boolean).join(' ');
        lines.push(`  accepted ${finding.severity} ${finding.rule} [${where}] ${terminalText(finding.message)}`, `    accepted ${by}: ${terminalText(reason)}`);
        continue;
      }
      totals[finding.severity]++;
      lines.push(`  ${state === 'new' ? 'new ' : ''}${paint(finding.severity)} ${finding.rule} [${where}] ${terminalText(finding.message)}`, `    fix: ${terminalText(finding.fix)}`);
    }
    for (const finding of absent) lines.push(`  fixed ${finding.rule} [${[...finding.nodes, ...finding.edges].join(', ')}]`);
  }
  const checked = files.filter((f) => f.ok);
  const news = checked.some((f) => f.baseline) ? `; ${introduced} new` : '';
  lines.push(`${plural(checked.length, 'file')} checked: ${plural(totals.error, 'error')}, ${plural(totals.warning, 'warning')}, ${totals.info} info${accepted > 0 ? `, ${accepted} accepted` : ''}${news}`);
  return `${lines.join('\n')}\n`;
}
