import { isAbsolute, join, relative, resolve } from 'node:path';
import { lintFiles } from './lint';
import { diffFiles } from './diff';
import { parseArgs, USAGE, type Command } from './options';
import type { SourceFile } from './readSource';
import { terminalText } from './terminalText';
import { whatIfCommand } from './whatIf';
import { configFor } from './configFiles';
import { formatRules } from './ruleSettings';

/** What the CLI needs from the outside world; the process's in main.ts, an in-memory one in tests. */
export interface CliIo {
  read(path: string): SourceFile;
  isFolder(path: string): boolean;
  stdout(chunk: string): void;
  stderr(chunk: string): void;
  /** Colour the text format (a terminal that wants it). */
  color: boolean;
}

export type ExitCode = 0 | 1 | 2 | 3;

/**
 * The old version of `file` under a baseline folder: the same path relative to the working directory (a file outside
 * it by its path relative to the filesystem root). Missing there means the file is new: no baseline, every finding new.
 */
function baselinePath(folder: string, file: string): string {
  const inside = relative(resolve('.'), resolve(file));
  return join(folder, isAbsolute(inside) || inside.startsWith('..') ? relative('/', resolve(file)) : inside);
}

function baselines(io: CliIo, files: readonly string[], baseline: string): (SourceFile | undefined)[] {
  if (!io.isFolder(baseline)) return files.map(() => io.read(baseline));
  return files.map((file) => {
    const old = io.read(baselinePath(baseline, file));
    return old.readError === 'no such file' ? undefined : old;
  });
}

function execute(command: Command, io: CliIo): ExitCode {
  if (command.command === 'lint') {
    const configs = command.files.map((file) => configFor(file, command.options.config));
    const configProblems = [...new Set(configs.flatMap((config) => (config.configError ? [config.configError] : [])))];
    if (configProblems.length) {
      for (const problem of configProblems) io.stderr(`${terminalText(problem)}\n`);
      return 2;
    }
    const files = command.files.map((file, i) => ({ ...io.read(file), ...(configs[i]!.rules ? { rules: configs[i]!.rules } : {}) }));
    const today = new Date().toISOString().slice(0, 10);
    return report(
      io,
      lintFiles(files, { ...command.options, today, color: io.color && command.options.format === 'text' }, command.baseline === undefined ? undefined : baselines(io, command.files, command.baseline)),
    );
  }
  return report(io, diffFiles(io.read(command.old), io.read(command.new), command.format));
}

function report(io: CliIo, outcome: { output: Iterable<string>; problems: readonly string[]; exitCode: ExitCode }): ExitCode {
  for (const chunk of outcome.output) io.stdout(chunk);
  for (const problem of outcome.problems) io.stderr(`${terminalText(problem)}\n`);
  return outcome.exitCode;
}

/** The whole CLI as a function of its arguments: never throws; an internal error is exit 3 with one line on stderr. */
export function runCli(argv: readonly string[], io: CliIo): ExitCode {
  try {
    if (argv[0] === 'rules') {
      io.stdout(formatRules());
      return 0;
    }
    if (argv[0] === 'what-if') {
      const outcome = whatIfCommand(argv.slice(1), io.read);
      io.stdout(outcome.output);
      for (const problem of outcome.problems) io.stderr(`${terminalText(problem)}\n`);
      return outcome.exitCode;
    }
    const parsed = parseArgs(argv);
    if (parsed.ok) return execute(parsed, io);
    if (parsed.error) io.stderr(`flowmap: ${terminalText(parsed.error)}\n\n`);
    (parsed.help ? io.stdout : io.stderr)(`${USAGE}\n`);
    return parsed.help ? 0 : 2;
  } catch (error) {
    io.stderr(`flowmap: internal error, please report it: ${terminalText(error instanceof Error ? `${error.name}: ${error.message}` : String(error))}\n`);
    return 3;
  }
}
