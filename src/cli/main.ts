import { readFileSync } from 'node:fs';
import { lintFiles, type SourceFile } from './lint';
import { parseArgs, USAGE } from './options';
import { formatRules } from './ruleSettings';
import { configFor } from './configFiles';

function read(path: string): SourceFile {
  try {
    return { path, text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { path, readError: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read the file (${(error as Error).message})` };
  }
}

const parsed = process.argv[2] === 'rules' ? undefined : parseArgs(process.argv.slice(2));
if (!parsed) {
  process.stdout.write(formatRules());
} else if (!parsed.ok) {
  if (parsed.error) process.stderr.write(`flowmap: ${parsed.error}\n\n`);
  (parsed.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
  process.exitCode = parsed.help ? 0 : 2;
} else {
  const color = parsed.options.format === 'text' && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const files = parsed.files.map((path) => ({ ...read(path), ...configFor(path, parsed.options.config) }));
  const configProblems = files.flatMap((file) => (file.configError ? [file.configError] : []));
  if (configProblems.length > 0) {
    for (const problem of new Set(configProblems)) process.stderr.write(`${problem}\n`);
    process.exitCode = 2;
  } else {
    const today = new Date().toISOString().slice(0, 10);
    const outcome = lintFiles(files, { ...parsed.options, color, today });
    process.stdout.write(outcome.output);
    for (const problem of outcome.problems) process.stderr.write(`${problem}\n`);
    process.exitCode = outcome.exitCode;
  }
}
