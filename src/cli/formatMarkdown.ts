import type { Finding } from '../analysis';
import { listFindings, type LintedFile } from './lint';
import { bullets, findingItem, markdownText } from './markdown';

/**
 * A compact report for a pull-request comment: counts per file, then the findings (with a baseline: those the change
 * introduces, then those it resolves; the unchanged ones only counted). Every piece of diagram text is escaped.
 */
export function formatLintMarkdown(files: readonly LintedFile[]): string {
  const valid = files.filter((f) => f.ok);
  const withBaseline = valid.some((f) => f.baseline);
  const lines = ['### Flowmap review', ''];
  lines.push(withBaseline ? '| file | findings | new | resolved |' : '| file | errors | warnings | info |', '| --- | ---: | ---: | ---: |');
  const shown: string[] = [];
  const resolved: string[] = [];
  for (const file of files) {
    if (!file.ok) {
      lines.push(`| ${markdownText(file.path)} | not readable: ${markdownText(file.errors[0] ?? '')} | | |`);
      continue;
    }
    const listed = listFindings(file);
    const fresh = listed.filter((f) => f.state !== 'unchanged');
    shown.push(...fresh.map(({ finding }) => findingItem(finding, file.path)));
    resolved.push(...(file.baseline?.absent ?? []).map((finding) => findingItem(finding, file.path, true)));
    const count = (severity: Finding['severity']) => listed.filter((f) => f.finding.severity === severity).length;
    const cells = withBaseline ? [listed.length, fresh.length, file.baseline?.absent.length ?? 0] : [count('error'), count('warning'), count('info')];
    lines.push(`| ${markdownText(file.path)} | ${cells.join(' | ')} |`);
  }
  lines.push('', `#### ${withBaseline ? 'Introduced by this change' : 'Findings'} (${shown.length})`, '');
  lines.push(...(shown.length ? bullets(shown) : ['None.']));
  if (withBaseline) lines.push('', `#### Resolved by this change (${resolved.length})`, '', ...(resolved.length ? bullets(resolved) : ['None.']));
  return `${lines.join('\n')}\n`;
}
