import { parseRuleArg, type RuleSettings } from './ruleSettings';

export const LINT_FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;
export const FAIL_ON = ['error', 'warning', 'never'] as const;

export type OutputFormat = (typeof LINT_FORMATS)[number];
export type DiffFormat = (typeof DIFF_FORMATS)[number];
export type FailOn = (typeof FAIL_ON)[number];

export interface LintOptions {
  format: OutputFormat;
  failOn: FailOn;
  color: boolean;
  /** Include the four answers for every node in JSON (large on large diagrams). */
  answers: boolean;
  /** `--rule id=setting`: over the config file's settings. */
  rules?: RuleSettings;
  /** `--config FILE`: instead of a flowmap.config.json next to each diagram. */
  config?: string;
  /** Today (YYYY-MM-DD), for waivers' expiry. */
  today?: string;
}

export const USAGE = `Usage:
  flowmap lint FILE... [--format text|json|sarif|markdown] [--fail-on error|warning|never]
                       [--baseline OLD_FILE_OR_DIR] [--answers]
                       [--rule ID=off|info|warning|error]... [--config FILE]
  flowmap rules
  flowmap diff OLD NEW [--format text|json|markdown]
  flowmap what-if FILE --fault ID[:KIND] | --rank   (flowmap what-if --help)

lint  reviews Flowmap diagrams (flowmap JSON) with the four questions and prints the findings.
diff  compares two versions of a diagram: nodes, arrows and groups added, removed or changed, and the
      findings introduced, resolved and unchanged.

Options:
  --format    lint: text (default), json, sarif (SARIF 2.1.0) or markdown (a pull-request comment);
              diff: text (default), json or markdown
  --fail-on   error (default), warning, or never: the lowest severity that makes lint exit 1
  --baseline  the old version of the diagram, or a folder holding the old versions at the same relative
              paths: only findings not in it (by fingerprint) make lint exit 1, and they are listed first
  --answers   with --format json, also print the four answers for every node
  --rule      set a rule's severity, or off (repeatable); over flowmap.config.json
  --config    the config file to use instead of a flowmap.config.json next to each diagram
  -h, --help  show this help

Exit codes: 0 nothing to report (lint: no new finding at or above --fail-on; diff: no change),
1 findings at or above --fail-on (lint) or a change (diff), 2 bad input or usage, 3 internal error.
See docs/cli.md.`;

export type Command =
  | { command: 'lint'; files: string[]; options: Omit<LintOptions, 'color' | 'today'>; baseline?: string }
  | { command: 'diff'; old: string; new: string; format: DiffFormat };

export type ParsedArgs = ({ ok: true } & Command) | { ok: false; help: boolean; error?: string };

const usageError = (error: string): ParsedArgs => ({ ok: false, help: false, error });

/** Flags that take a value: the allowed values, or undefined for any (a path). */
const VALUE_FLAGS: Record<'lint' | 'diff', Record<string, readonly string[] | undefined>> = {
  lint: { '--format': LINT_FORMATS, '--fail-on': FAIL_ON, '--baseline': undefined, '--config': undefined, '--rule': undefined },
  diff: { '--format': DIFF_FORMATS },
};
const SWITCHES: Record<'lint' | 'diff', readonly string[]> = { lint: ['--answers'], diff: [] };

/** Reads the flags and operands after the command; a value is `--flag value` or `--flag=value` (split at the first `=`). */
function readFlags(command: 'lint' | 'diff', rest: readonly string[]): { flags: Map<string, string>; rules: string[]; operands: string[] } | string {
  const flags = new Map<string, string>();
  /** `--rule` is the one flag that repeats. */
  const rules: string[] = [];
  const operands: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const [flag, inline] = equals > 0 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, undefined];
    if (SWITCHES[command].includes(flag)) {
      if (inline !== undefined) return `${flag} takes no value`;
      flags.set(flag, 'true');
      continue;
    }
    if (!(flag in VALUE_FLAGS[command])) return `unknown option "${arg}"`;
    const allowed = VALUE_FLAGS[command][flag];
    const value = inline ?? rest[++i];
    if (value === undefined || value === '' || (allowed && !allowed.includes(value))) {
      const expected = allowed ? `one of ${allowed.join(', ')}` : 'a file or folder';
      return `${flag}: expected ${expected}${value ? `, got "${value}"` : ''}`;
    }
    if (flag === '--rule') rules.push(value);
    else flags.set(flag, value);
  }
  return { flags, rules, operands };
}

/** Parses `lint FILE... [flags]` or `diff OLD NEW [flags]`; argv excludes node and the script. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help')) return { ok: false, help: true };
  const [command, ...rest] = argv;
  if (command !== 'lint' && command !== 'diff') return usageError(`unknown command "${command}"`);
  const read = readFlags(command, rest);
  if (typeof read === 'string') return usageError(read);
  const { flags, operands } = read;
  if (command === 'diff') {
    if (operands.length !== 2) return usageError(`diff takes two files, OLD and NEW (got ${operands.length})`);
    return { ok: true, command, old: operands[0]!, new: operands[1]!, format: (flags.get('--format') ?? 'text') as DiffFormat };
  }
  if (operands.length === 0) return usageError('no FILE given');
  let rules: RuleSettings | undefined;
  for (const arg of read.rules) {
    const rule = parseRuleArg(arg);
    if (typeof rule === 'string') return usageError(rule);
    rules = { ...rules, [rule.id]: rule.setting };
  }
  const config = flags.get('--config');
  const options = {
    format: (flags.get('--format') ?? 'text') as OutputFormat,
    failOn: (flags.get('--fail-on') ?? 'error') as FailOn,
    answers: flags.has('--answers'),
    ...(rules ? { rules } : {}),
    ...(config === undefined ? {} : { config }),
  };
  const baseline = flags.get('--baseline');
  return { ok: true, command, files: operands, options, ...(baseline === undefined ? {} : { baseline }) };
}
