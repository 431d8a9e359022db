import type { DiffItem, DocumentDiff, Finding } from '../analysis';
import { bullets, findingItem, markdownText } from './markdown';
import { terminalText } from './terminalText';

export interface DiffReport {
  before: string;
  after: string;
  diff: DocumentDiff;
}

const LISTS = [['nodes', 'node'], ['edges', 'arrow'], ['groups', 'group'], ['notes', 'note']] as const;

/** What a person calls the item: its label, an arrow's ends, or the start of a note. */
function nameOf(item: DiffItem): string {
  if (typeof item.label === 'string') return item.label;
  if (typeof item.source === 'string') return `${item.source} → ${String(item.target)}`;
  return typeof item.text === 'string' ? item.text.slice(0, 60) : '';
}

/** Every change as [verb, what, id, detail]: added and removed items with their name, changed ones with their fields. */
function changes(diff: DocumentDiff): [string, string, string, string][] {
  const rows: [string, string, string, string][] = diff.document.fields.length ? [['changed', 'diagram', '', diff.document.fields.join(', ')]] : [];
  for (const [list, what] of LISTS) {
    rows.push(...diff[list].added.map((item): [string, string, string, string] => ['added', what, item.id, nameOf(item)]));
    rows.push(...diff[list].removed.map((item): [string, string, string, string] => ['removed', what, item.id, nameOf(item)]));
    rows.push(...diff[list].changed.map((item): [string, string, string, string] => ['changed', what, item.id, item.fields.join(', ')]));
  }
  return rows;
}

const findingLine = (verb: string, f: Finding) => `  ${verb} ${f.severity} ${f.rule} [${[...f.nodes, ...f.edges].join(', ')}] ${terminalText(f.message)}`;

export function formatDiffText({ before, after, diff }: DiffReport): string {
  const rows = changes(diff);
  const lines = [`${terminalText(before)} → ${terminalText(after)}: ${rows.length === 0 ? 'no changes' : `${rows.length} change${rows.length === 1 ? '' : 's'}`}`];
  for (const [verb, what, id, detail] of rows) lines.push(`  ${verb} ${what}${id ? ` ${id}` : ''}${detail ? `: ${terminalText(detail)}` : ''}`);
  const { introduced, resolved, unchanged } = diff.findings;
  lines.push(`findings: ${introduced.length} introduced, ${resolved.length} resolved, ${unchanged.length} unchanged`);
  lines.push(...introduced.map((f) => findingLine('introduced', f)), ...resolved.map((f) => findingLine('resolved', f)));
  return `${lines.join('\n')}\n`;
}

export function formatDiffJson({ diff }: DiffReport): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}

/** A compact pull-request comment: counts, the changes, the findings introduced (with fixes) and resolved. */
export function formatDiffMarkdown({ before, after, diff }: DiffReport): string {
  const lines = [`### Flowmap diff: ${markdownText(before)} → ${markdownText(after)}`, ''];
  lines.push('| | added | removed | changed |', '| --- | ---: | ---: | ---: |');
  for (const [list] of LISTS) lines.push(`| ${list} | ${diff[list].added.length} | ${diff[list].removed.length} | ${diff[list].changed.length} |`);
  const rows = changes(diff).map(([verb, what, id, detail]) => `${verb} ${what}${id ? ` \`${id}\`` : ''}${detail ? `: ${markdownText(detail)}` : ''}`);
  lines.push('', `#### Changes (${rows.length})`, '', ...(rows.length ? bullets(rows) : ['None.']));
  const { introduced, resolved, unchanged } = diff.findings;
  lines.push('', `#### Findings introduced (${introduced.length})`, '', ...(introduced.length ? bullets(introduced.map((f) => findingItem(f, undefined))) : ['None.']));
  lines.push('', `#### Findings resolved (${resolved.length})`, '', ...(resolved.length ? bullets(resolved.map((f) => findingItem(f, undefined, true))) : ['None.']));
  lines.push('', `${unchanged.length} finding${unchanged.length === 1 ? '' : 's'} unchanged.`);
  return `${lines.join('\n')}\n`;
}
