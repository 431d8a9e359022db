import { analyze, isAtLeast, type Analysis } from '../analysis';
import type { FlowDocument } from '../model';
import { parseDocumentText } from '../io';
import type { LintOptions } from './options';
import type { RuleSettings } from './ruleSettings';
import { formatText } from './formatText';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';

export interface SourceFile {
  path: string;
  /** The file's text, or undefined when it could not be read. */
  text?: string;
  readError?: string;
  /** The rule settings of the config file that applies to it. */
  rules?: RuleSettings;
}

export type LintedFile =
  | { path: string; ok: true; text: string; doc: FlowDocument; analysis: Analysis }
  | { path: string; ok: false; errors: string[] };

export interface LintOutcome {
  output: string;
  /** Messages about bad input, for stderr. */
  problems: string[];
  exitCode: 0 | 1 | 2;
}


export function lintFile(file: SourceFile, options: Pick<LintOptions, 'rules' | 'today'> = {}): LintedFile {
  if (file.text === undefined) return { path: file.path, ok: false, errors: [file.readError ?? 'cannot read the file'] };
  const loaded = parseDocumentText(file.text);
  if (!loaded.ok) return { path: file.path, ok: false, errors: loaded.errors };
  const rules = { ...file.rules, ...options.rules };
  const analysis = analyze(loaded.doc, { ...(options.today ? { today: options.today } : {}), rules });
  return { path: file.path, ok: true, text: file.text, doc: loaded.doc, analysis };
}

/** Lints files already read into memory: no fs, no process, so it is testable and benchmarkable. */
export function lintFiles(files: readonly SourceFile[], options: LintOptions): LintOutcome {
  const linted = files.map((file) => lintFile(file, options));
  const format = { text: formatText, json: formatJson, sarif: formatSarif }[options.format];
  const problems = linted.flatMap((file) => (file.ok ? [] : file.errors.map((error) => `${file.path}: ${error}`)));
  const failing = linted.some((file) => file.ok && file.analysis.findings.some((f) => !f.waived && options.failOn !== 'never' && isAtLeast(f.severity, options.failOn)));
  return { output: format(linted, options), problems, exitCode: problems.length ? 2 : failing ? 1 : 0 };
}
