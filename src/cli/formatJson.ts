import { plainFinding } from '../analysis';
import { listFindings, type LintedFile, type ValidFile } from './lint';
import type { LintOptions } from './options';

const pad = (depth: number) => '  '.repeat(depth);
/** One value as indented JSON, its lines indented to sit at `depth`. */
const pretty = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replaceAll('\n', `\n${pad(depth)}`);

/** An array or object written one member at a time, so no single string holds it all. */
function* members(open: string, close: string, items: Iterable<Iterable<string>>, depth: number): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? open : ','}\n${pad(depth + 1)}`;
    yield* item;
    first = false;
  }
  yield first ? `${open}${close}` : `\n${pad(depth)}${close}`;
}

/** Each value as one member, made only when it is written. */
function* each<T>(list: Iterable<T>, write: (value: T) => string): Generator<string[]> {
  for (const value of list) yield [write(value)];
}

function* field(key: string, value: Iterable<string>): Generator<string> {
  yield `${JSON.stringify(key)}: `;
  yield* value;
}

function report(file: ValidFile, options: Pick<LintOptions, 'answers'>, depth: number): Generator<string> {
  const entries: Iterable<string>[] = [];
  const list = (values: Iterable<unknown>) => members('[', ']', each(values, (v) => pretty(v, depth + 2)), depth + 1);
  if (depth > 0) entries.push([`"path": ${JSON.stringify(file.path)}`]);
  const findings = listFindings(file).map(({ finding, state }) => (state ? { ...plainFinding(finding), baselineState: state } : finding));
  entries.push(field('findings', list(findings)));
  if (file.baseline) entries.push(field('absent', list(file.baseline.absent)));
  if (options.answers) {
    // One line per node: indenting every id of every list doubled the size of the largest reports.
    const answers = each(Object.entries(file.analysis.answers), ([id, answer]) => `${JSON.stringify(id)}: ${JSON.stringify(answer)}`);
    entries.push(field('answers', members('{', '}', answers, depth + 1)));
  }
  return members('{', '}', entries, depth);
}

/**
 * One file: `{findings, absent?, answers?}`. Several: `{files: [{path, findings, absent?, answers?}]}` (bad files are
 * left to stderr). Answers only with `--answers` (one line per node): they repeat node ids per node and can be
 * thousands of times the file's size. Written member by member: the largest report never has to fit in one string.
 */
export function* formatJson(files: readonly LintedFile[], options: Pick<LintOptions, 'answers'>): Generator<string> {
  const valid = files.filter((f): f is ValidFile => f.ok);
  if (files.length === 1 && valid[0]) yield* report(valid[0], options, 0);
  else {
    yield '{\n  "files": ';
    yield* members('[', ']', valid.map((file) => report(file, options, 2)), 1);
    yield '\n}';
  }
  yield '\n';
}
