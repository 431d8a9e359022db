import { SEVERITIES, type Finding, type Question, type Severity } from '../../analysis';
import { badge } from './badge';
import { el, text, type Markup } from './markup';
import { wrapText } from '../../model';
import type { Theme } from './theme';

const HEADING = { size: 15, bold: true };
const META = { size: 10.5, bold: true };
const MESSAGE = { size: 13 };
const FIX = { size: 12.5 };
const LINE = { message: 18, fix: 17 };
/** Indent of a list's text column (findings, comments), right of the number badge. */
export const LIST_INDENT = 34;
/** Lines longer than this are hard to read, however wide the diagram. */
const MAX_TEXT_WIDTH = 860;
/** Where a list's entries start below its top rule. */
export const LIST_HEADING_HEIGHT = 34;
const ENTRY_GAP = 16;

/** The width a list's text wraps at. */
export const listTextWidth = (width: number) => Math.min(width - LIST_INDENT, MAX_TEXT_WIDTH);

const QUESTION_LABELS: Readonly<Record<Question, string>> = {
  origin: 'Origin',
  transform: 'Transform',
  ownership: 'Ownership',
  failure: 'Failure',
};

const SEVERITY_NAMES: Readonly<Record<Severity, [string, string]>> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'info'],
};

export function severitySummary(findings: readonly Finding[]): string {
  const counts = SEVERITIES.map((severity) => [severity, findings.filter((f) => f.severity === severity).length] as const);
  return counts
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${SEVERITY_NAMES[severity][count === 1 ? 0 : 1]}`)
    .join(' · ');
}

export interface Frame {
  x: number;
  y: number;
  width: number;
  theme: Theme;
}

export function line(x: number, y: number, font: { size: number }, fill: string, children: Markup[]): Markup {
  return el('text', { x, y, 'font-size': font.size, fill }, children);
}

/** A list's opening under the map: a rule across the frame, its title, and a muted summary. */
export function listHeading({ x, y, width, theme }: Frame, title: string, summary: string): Markup[] {
  return [
    el('line', { x1: x, y1: y, x2: x + width, y2: y, stroke: theme.rule, 'stroke-width': 1 }),
    line(x, y + 26, HEADING, theme.text, [
      el('tspan', { 'font-weight': 700 }, [text(title)]),
      el('tspan', { fill: theme.muted, 'font-size': 12.5, 'font-weight': 400 }, [text(`  ${summary}`)]),
    ]),
  ];
}

function entry(finding: Finding, number: number, { x, y, width, theme }: Frame): { markup: Markup; height: number } {
  const colour = theme.severity[finding.severity];
  const textX = x + LIST_INDENT;
  const textWidth = listTextWidth(width);
  const parts: Markup[] = [
    badge({ x: x + 11, y: y + 8 }, String(number), colour, theme, `Finding ${number}`),
    line(textX, y + 12, META, colour, [
      el('tspan', { 'font-weight': 700, 'letter-spacing': 0.5 }, [text(finding.severity.toUpperCase())]),
      el('tspan', { fill: theme.muted }, [text(` · ${QUESTION_LABELS[finding.question]} · ${finding.rule}`)]),
    ]),
  ];
  let baseline = y + 12;
  for (const message of wrapText(finding.message, textWidth, MESSAGE)) {
    baseline += LINE.message;
    parts.push(line(textX, baseline, MESSAGE, theme.text, [text(message)]));
  }
  baseline += 4;
  wrapText(`Fix: ${finding.fix}`, textWidth, FIX).forEach((fix, i) => {
    baseline += LINE.fix;
    const content = i === 0 ? [el('tspan', { 'font-weight': 700 }, [text('Fix:')]), text(fix.slice('Fix:'.length))] : [text(fix)];
    parts.push(line(textX, baseline, FIX, theme.muted, content));
  });
  return { markup: el('g', { class: `fm-finding fm-${finding.severity}` }, parts), height: baseline - y + 5 };
}

/** The numbered list of findings under the diagram; number n is `findings[n - 1]`, as on the badges. */
export function renderLegend(findings: readonly Finding[], frame: Frame): { markup: Markup; height: number } {
  const { y } = frame;
  const summary = findings.length ? severitySummary(findings) : 'none: nothing for the reviewer to flag';
  const parts = listHeading(frame, 'Findings', summary);
  let cursor = y + LIST_HEADING_HEIGHT + ENTRY_GAP;
  findings.forEach((finding, i) => {
    const { markup, height } = entry(finding, i + 1, { ...frame, y: cursor });
    parts.push(markup);
    cursor += height + ENTRY_GAP;
  });
  return { markup: el('g', { class: 'fm-legend' }, parts), height: cursor - y };
}
