import { analyze, isAtLeast, type Analysis, type Finding } from '../analysis';
import type { FlowDocument } from '../model';
import { parseDocumentText } from '../io';
import type { LintOptions } from './options';
import type { SourceFile } from './readSource';
import { formatText } from './formatText';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatLintMarkdown } from './formatMarkdown';

export type { SourceFile };

/** What the old version of a file already had: findings with these fingerprints do not fail the run. */
export interface Baseline {
  fingerprints: ReadonlySet<string>;
  /** Findings of the old version that the new one no longer has. */
  absent: Finding[];
}

export type LintedFile =
  | { path: string; ok: true; text: string; doc: FlowDocument; analysis: Analysis; baseline?: Baseline }
  | { path: string; ok: false; errors: string[] };

export type ValidFile = Extract<LintedFile, { ok: true }>;

export interface ListedFinding {
  finding: Finding;
  /** Only with a baseline: whether the old version had it. */
  state?: 'new' | 'unchanged';
}

export interface LintOutcome {
  /** The report, in pieces, so a very large one is written without ever being one string. */
  output: Iterable<string>;
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

/** The file's findings, with a baseline the new ones first. */
export function listFindings(file: ValidFile): ListedFinding[] {
  const { findings } = file.analysis;
  const known = file.baseline?.fingerprints;
  if (!known) return findings.map((finding) => ({ finding }));
  const listed = findings.map((finding): ListedFinding => ({ finding, state: known.has(finding.fingerprint) ? 'unchanged' : 'new' }));
  return [...listed.filter((f) => f.state === 'new'), ...listed.filter((f) => f.state === 'unchanged')];
}

function baselineOf(file: ValidFile, old: LintedFile | undefined): Baseline {
  if (!old?.ok) return { fingerprints: new Set(), absent: [] };
  const now = new Set(file.analysis.findings.map((f) => f.fingerprint));
  const before = old.analysis.findings;
  return { fingerprints: new Set(before.map((f) => f.fingerprint)), absent: before.filter((f) => !now.has(f.fingerprint)) };
}

const FORMATS = { text: formatText, json: formatJson, sarif: formatSarif, markdown: formatLintMarkdown };

/**
 * Lints files already read into memory: no fs, no process, so it is testable and benchmarkable.
 * `baselines[i]` is the old version of `files[i]` (undefined: the file is new, every finding is new); without
 * `baselines` there is no baseline and every finding counts.
 */
export function lintFiles(files: readonly SourceFile[], options: LintOptions, baselines?: readonly (SourceFile | undefined)[]): LintOutcome {
  const problems: string[] = [];
  const linted = files.map((source, i) => {
    const file = lintFile(source, options);
    if (!file.ok) problems.push(...file.errors.map((error) => `${file.path}: ${error}`));
    if (!file.ok || !baselines) return file;
    const old = baselines[i] && lintFile(baselines[i], options);
    if (old && !old.ok) problems.push(...old.errors.map((error) => `${old.path}: ${error} (the baseline of ${file.path})`));
    return { ...file, baseline: baselineOf(file, old) };
  });
  const failing = linted.some(
    (file) => file.ok && listFindings(file).some(({ finding, state }) => state !== 'unchanged' && !finding.waived && options.failOn !== 'never' && isAtLeast(finding.severity, options.failOn)),
  );
  const report = FORMATS[options.format](linted, options);
  return { output: typeof report === 'string' ? [report] : report, problems, exitCode: problems.length ? 2 : failing ? 1 : 0 };
}
