import { parseRuleArg, type RuleSettings } from './ruleSettings';

export type OutputFormat = 'text' | 'json' | 'sarif';
export type FailOn = 'error' | 'warning' | 'never';

export interface LintOptions {
  format: OutputFormat;
  failOn: FailOn;
  color: boolean;
  /** `--rule id=setting`: over the config file's settings. */
  rules?: RuleSettings;
  /** `--config FILE`: instead of a flowmap.config.json next to each diagram. */
  config?: string;
  /** Today (YYYY-MM-DD), for waivers' expiry. */
  today?: string;
}

export const USAGE = `Usage: flowmap lint FILE... [--format text|json|sarif] [--fail-on error|warning|never] [--rule ID=off|info|warning|error]... [--config FILE]
       flowmap rules

Reviews Flowmap diagrams (flowmap v1 JSON) with the four questions and prints the findings.

Options:
  --format    text (default), json, or sarif (SARIF 2.1.0 for code review)
  --fail-on   error (default), warning, or never: the lowest severity that makes the exit code 1
              (accepted findings — waived in the diagram — never do)
  --rule      set a rule's severity, or off (repeatable); over flowmap.config.json
  --config    the config file to use instead of a flowmap.config.json next to each diagram
  -h, --help  show this help

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 bad input or usage.`;

export type ParsedArgs = { ok: true; files: string[]; options: Omit<LintOptions, 'color' | 'today'> } | { ok: false; help: boolean; error?: string };

/** `--flag=value` splits at the first `=` only: `--rule fan-out=off` keeps its own. */
function splitFlag(arg: string): [string, string | undefined] {
  const at = arg.indexOf('=');
  return at < 0 ? [arg, undefined] : [arg.slice(0, at), arg.slice(at + 1)];
}

function pick<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | string {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  return `${flag}: expected one of ${allowed.join(', ')}${value === undefined ? '' : `, got "${value}"`}`;
}

/** Parses `lint FILE... [--format F] [--fail-on S]`; argv excludes node and the script. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help')) return { ok: false, help: true };
  const [command, ...rest] = argv;
  if (command !== 'lint') return { ok: false, help: false, error: `unknown command "${command}"` };
  const files: string[] = [];
  let format: OutputFormat = 'text';
  let failOn: FailOn = 'error';
  const extra: Pick<LintOptions, 'rules' | 'config'> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] = arg.startsWith('--') ? splitFlag(arg) : [arg, undefined];
    if (flag === '--rule') {
      const rule = parseRuleArg(inline ?? rest[++i]);
      if (typeof rule === 'string') return { ok: false, help: false, error: rule };
      extra.rules = { ...extra.rules, [rule.id]: rule.setting };
    } else if (flag === '--config') {
      const path = inline ?? rest[++i];
      if (!path) return { ok: false, help: false, error: '--config: expected a FILE' };
      extra.config = path;
    } else if (flag === '--format' || flag === '--fail-on') {
      const value = inline ?? rest[++i];
      const picked = flag === '--format' ? pick(value, ['text', 'json', 'sarif'] as const, flag) : pick(value, ['error', 'warning', 'never'] as const, flag);
      if (picked.startsWith('--')) return { ok: false, help: false, error: picked };
      if (flag === '--format') format = picked as OutputFormat;
      else failOn = picked as FailOn;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, help: false, error: `unknown option "${arg}"` };
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) return { ok: false, help: false, error: 'no FILE given' };
  return { ok: true, files, options: { format, failOn, ...extra } };
}
