import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { MAX_TEXT_BYTES } from '../io';
import type { RuleSettings } from './ruleSettings';

export interface SourceFile {
  path: string;
  /** The file's text, or undefined when it could not be read. */
  text?: string;
  readError?: string;
  /** The rule settings of the config file that applies to it. */
  rules?: RuleSettings;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const tooLarge = (what: string, limit: number) => `the file is ${what}; the limit is ${megabytes(limit)}`;

/** UTF-8 text, as the browser reads a file: a byte order mark is dropped, an invalid byte sequence refused. */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: 'not UTF-8 text (it has a byte sequence UTF-8 does not allow); save it as UTF-8' };
  }
}

/**
 * Reads a diagram file without trusting it: opened without blocking (a FIFO would wait forever), refused unless
 * it is a regular file, its size checked before reading, and never more than `limit` + 1 bytes read (it may grow).
 */
export function readSource(path: string, limit = MAX_TEXT_BYTES): SourceFile {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { path, readError: 'is a folder, not a file' };
    if (!stat.isFile()) return { path, readError: 'is not a regular file (a pipe, device or socket); Flowmap reads only files' };
    if (stat.size > limit) return { path, readError: tooLarge(megabytes(stat.size), limit) };
    const buffer = Buffer.alloc(Math.min(stat.size, limit) + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > limit) return { path, readError: tooLarge(`over ${megabytes(limit)}`, limit) };
    const decoded = decodeText(buffer.subarray(0, length));
    return decoded.ok ? { path, text: decoded.text } : { path, readError: decoded.error };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { path, readError: 'no such file' };
    if (code === 'EACCES' || code === 'EPERM') return { path, readError: 'permission denied' };
    return { path, readError: `cannot read the file (${code ?? (error as Error).message})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether a path names a folder (a missing path is not one). */
export function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
