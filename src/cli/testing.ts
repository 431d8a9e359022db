import { runCli, type CliIo, type ExitCode } from './run';
import { isFolder, readSource, type SourceFile } from './readSource';

export interface Run {
  code: ExitCode;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in process on real files (or, given `files`, on texts held in memory: a path not in it is missing). */
export function runIn(argv: readonly string[], files?: ReadonlyMap<string, string>, color = false): Run {
  let stdout = '';
  let stderr = '';
  const fromMemory = (path: string): SourceFile => {
    const text = files!.get(path);
    return text === undefined ? { path, readError: 'no such file' } : { path, text };
  };
  const io: CliIo = {
    read: files ? fromMemory : (path) => readSource(path),
    isFolder: files ? (path) => [...files.keys()].some((key) => key.startsWith(`${path}/`)) : isFolder,
    stdout: (chunk) => (stdout += chunk),
    stderr: (chunk) => (stderr += chunk),
    color,
  };
  const code = runCli(argv, io);
  return { code, stdout, stderr };
}
