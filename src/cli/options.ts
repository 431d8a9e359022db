export type OutputFormat = 'text' | 'json' | 'sarif';
export type FailOn = 'error' | 'warning' | 'never';

export interface LintOptions {
  format: OutputFormat;
  failOn: FailOn;
  color: boolean;
}

export const USAGE = `Usage: flowmap lint FILE... [--format text|json|sarif] [--fail-on error|warning|never]
       flowmap what-if FILE --fault ID[:KIND] | --rank   (flowmap what-if --help)

Reviews Flowmap diagrams (flowmap v1 JSON) with the four questions and prints the findings.

Options:
  --format    text (default), json, or sarif (SARIF 2.1.0 for code review)
  --fail-on   error (default), warning, or never: the lowest severity that makes the exit code 1
  -h, --help  show this help

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 bad input or usage.`;

export type ParsedArgs = { ok: true; files: string[]; options: Omit<LintOptions, 'color'> } | { ok: false; help: boolean; error?: string };

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
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
    if (flag === '--format' || flag === '--fail-on') {
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
  return { ok: true, files, options: { format, failOn } };
}
