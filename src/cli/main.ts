import { writeSync } from 'node:fs';
import { isFolder, readSource } from './readSource';
import { runCli } from './run';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes a chunk before going on: process.stdout buffers without bound when it is a pipe (1 GB of JSON piped to a slow
 * reader grew the heap past 4 GB). A full non-blocking pipe (EAGAIN) is waited out; a reader that went away (EPIPE,
 * `| head`) just ends the output.
 */
function writer(fd: number) {
  let closed = false;
  return (chunk: string) => {
    const bytes = Buffer.from(chunk, 'utf8');
    for (let offset = 0; offset < bytes.length && !closed; ) {
      try {
        offset += writeSync(fd, bytes, offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 5);
        else if (code === 'EPIPE') closed = true;
        else throw error;
      }
    }
  };
}

process.exitCode = runCli(process.argv.slice(2), {
  read: readSource,
  isFolder,
  stdout: writer(1),
  stderr: writer(2),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
});
