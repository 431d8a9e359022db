import { readFileSync } from 'node:fs';
import { lintFiles, type SourceFile } from './lint';
import { parseArgs, USAGE } from './options';
import { whatIfCommand } from './whatIf';

function read(path: string): SourceFile {
  try {
    return { path, text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { path, readError: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read the file (${(error as Error).message})` };
  }
}

const argv = process.argv.slice(2);
const parsed = argv[0] === 'what-if' ? undefined : parseArgs(argv);
if (!parsed) {
  const outcome = whatIfCommand(argv.slice(1), read);
  process.stdout.write(outcome.output);
  for (const problem of outcome.problems) process.stderr.write(`${problem}\n`);
  process.exitCode = outcome.exitCode;
} else if (!parsed.ok) {
  if (parsed.error) process.stderr.write(`flowmap: ${parsed.error}\n\n`);
  (parsed.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
  process.exitCode = parsed.help ? 0 : 2;
} else {
  const color = parsed.options.format === 'text' && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const outcome = lintFiles(parsed.files.map(read), { ...parsed.options, color });
  process.stdout.write(outcome.output);
  for (const problem of outcome.problems) process.stderr.write(`${problem}\n`);
  process.exitCode = outcome.exitCode;
}
