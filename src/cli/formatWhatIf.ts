import { pathOf, type PointOfFailure, type Step, type WhatIf } from '../analysis';
import type { FlowDocument } from '../model';
import type { WhatIfFormat } from './whatIfOptions';

/** Labels are the user's text: no control or bidirectional-override characters reach a terminal. */
// eslint-disable-next-line no-control-regex
const clean = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g, ' ');
const escapeMarkdown = (text: string): string => clean(text).replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);

const mitigationText = (step: Step): string => {
  const m = step.mitigation;
  return m ? ` (one fact: set ${m.fact} = ${JSON.stringify(m.value)} on ${m.target.type} ${m.target.id})` : '';
};

/** The result as plain data, with each affected element's spread path spelled out. */
const whatIfReport = (path: string, result: WhatIf) => ({
  file: path,
  ...result,
  affected: result.affected.map((a) => ({ ...a, path: pathOf(result, a.effects[0]!.step) })),
});

function title(doc: FlowDocument, result: WhatIf): string {
  const { target, kind } = result.fault;
  const node = target.type === 'node' ? doc.nodes.find((n) => n.id === target.id) : undefined;
  const what = node ? `${node.label} (${node.id})` : `arrow ${target.id}`;
  return `What if ${what} ${kind === 'schema' ? 'changes its schema' : kind === 'down' || kind === 'slow' ? `is ${kind}` : kind === 'drop' ? 'drops data' : 'duplicates data'}?`;
}

function text(path: string, doc: FlowDocument, result: WhatIf): string {
  const lines = [`${clean(path)}: ${clean(title(doc, result))}`];
  result.steps.forEach((step, i) => {
    lines.push(`  ${i + 1}. ${clean(step.sentence)}`);
    if (step.fix) lines.push(`     fix: ${clean(step.fix)}${mitigationText(step)}`);
  });
  lines.push(
    `Affected: ${result.affected.length === 0 ? 'nothing' : result.affected.map((a) => `${a.id} (${a.effects.map((x) => x.effect).join(', ')})`).join(', ')}`,
    `Stopped: ${result.stops.length === 0 ? 'nowhere' : result.stops.map((s) => `${s.id} by ${s.by}`).join(', ')}`,
    `Broken silently: ${result.silent.length === 0 ? 'nothing' : result.silent.join(', ')}`,
  );
  return `${lines.join('\n')}\n`;
}

function markdown(path: string, doc: FlowDocument, result: WhatIf): string {
  const lines = [`## ${escapeMarkdown(title(doc, result))}`, '', `File: \`${clean(path).replace(/`/g, "'")}\``, ''];
  result.steps.forEach((step, i) => {
    lines.push(`${i + 1}. ${escapeMarkdown(step.sentence)}${step.fix ? ` **Fix:** ${escapeMarkdown(step.fix)}${escapeMarkdown(mitigationText(step))}` : ''}`);
  });
  if (result.affected.length > 0) {
    lines.push('', '| Element | Effects | Told |', '| --- | --- | --- |');
    for (const a of result.affected) {
      const told = a.effects[0]!.told;
      lines.push(`| ${a.type} ${escapeMarkdown(a.id)} | ${a.effects.map((x) => x.effect).join(', ')} | ${told ? `${told.how} (${escapeMarkdown(told.by)})` : 'nobody'} |`);
    }
  }
  lines.push('', `**Broken silently:** ${result.silent.length === 0 ? 'nothing' : result.silent.map(escapeMarkdown).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export function formatWhatIf(path: string, doc: FlowDocument, result: WhatIf, format: WhatIfFormat): string {
  if (format === 'json') return `${JSON.stringify(whatIfReport(path, result), null, 2)}\n`;
  return format === 'markdown' ? markdown(path, doc, result) : text(path, doc, result);
}

export function formatRanking(path: string, doc: FlowDocument, ranking: PointOfFailure[], format: WhatIfFormat): string {
  if (format === 'json') return `${JSON.stringify({ file: path, ranking }, null, 2)}\n`;
  const label = new Map(doc.nodes.map((n) => [n.id, n.label]));
  const md = format === 'markdown';
  const esc = md ? escapeMarkdown : clean;
  const lines = [md ? '## Worst single points of failure' : `${clean(path)}: worst single points of failure`];
  if (md) lines.push('', `File: \`${clean(path).replace(/`/g, "'")}\``, '');
  if (ranking.length === 0) lines.push(`${md ? '' : '  '}No node breaks anything silently.`);
  ranking.forEach((r, i) => {
    const faults = Object.entries(r.byFault).filter(([, n]) => n > 0).map(([kind, n]) => `${kind} ${n}`).join(', ');
    lines.push(`${md ? '' : '  '}${i + 1}. ${esc(label.get(r.node) ?? r.node)} (${esc(r.node)}) breaks ${r.silent.length} node${r.silent.length === 1 ? '' : 's'} silently; worst fault: ${r.worstFault} (${faults}): ${r.silent.map((id) => esc(label.get(id) ?? id)).join(', ')}`);
  });
  return `${lines.join('\n')}\n`;
}
