import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES } from '../io';
import { runCli } from './run';
import { runIn } from './testing';

const dir = mkdtempSync(join(tmpdir(), 'flowmap-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const diagram = (nodes: object[], edges: object[] = []) => JSON.stringify({ format: 'flowmap', version: 1, title: 't', nodes, edges }, null, 2);

describe('reading files the CLI does not trust', () => {
  it('refuses what is not a regular file, without blocking or reading it', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const run = runIn(['lint', fifo, '/dev/zero', dir, join(dir, 'missing.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${fifo}: is not a regular file`);
    expect(run.stderr).toContain('/dev/zero: is not a regular file');
    expect(run.stderr).toContain(`${dir}: is a folder, not a file`);
    expect(run.stderr).toContain('missing.json: no such file');
  });

  it('refuses a file over the limit by its size, before reading it', () => {
    const huge = file('huge.json', '');
    truncateSync(huge, 4 * 1024 ** 3); // 4 GB of holes: reading it would take long and not fit in memory
    const run = runIn(['lint', huge]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${huge}: the file is 4096.0 MB; the limit is ${(MAX_TEXT_BYTES / 1024 / 1024).toFixed(1)} MB\n`);
  });

  it('reads a UTF-8 byte order mark as the browser does, and refuses invalid UTF-8 by name', () => {
    const bom = file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixture('change-event.json')]));
    expect(runIn(['lint', bom]).code).toBe(0);
    const latin1 = file('latin1.json', Buffer.from(diagram([{ id: 'a', kind: 'service', label: 'Caf\u00e9' }]), 'latin1'));
    const run = runIn(['lint', latin1]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${latin1}: not UTF-8 text (it has a byte sequence UTF-8 does not allow); save it as UTF-8\n`);
  });
});

describe('output a terminal can show safely', () => {
  it('writes no control character of a label to the terminal in text output', () => {
    const label = '\u001b]0;PWNED\u0007\u001b[2J\u001b[31mDB\u009b\u202e';
    const path = file('ansi.json', diagram([{ id: 'a', kind: 'service', label }]));
    const run = runIn(['lint', path], undefined, true);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('\uFFFD]0;PWNED\uFFFD\uFFFD[2J\uFFFD[31mDB\uFFFD\uFFFD');
    const withoutOurColours = run.stdout.replace(new RegExp(String.raw`\x1b\[(3[136]|0)m`, 'g'), '');
    expect(withoutOurColours).not.toMatch(new RegExp(String.raw`[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]`));
  });

  it('keeps stderr messages on one line each, whatever the file says', () => {
    const path = file('bad\u001b[2J.json', '{"format": "flowmap", "version": 1, "title": "\u001b[2J"');
    const run = runIn(['lint', path]);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toContain('\u001b');
  });
});

describe('bounded output', () => {
  /** Stores that all hold the same entities as source of truth: every node's answers list every store. */
  const amplifying = (stores: number) =>
    diagram(Array.from({ length: stores }, (_, i) => ({ id: `s${i}`, kind: 'store', label: `S${i}`, entities: Array.from({ length: 20 }, (_, k) => `e${k}`), sourceOfTruth: true })));

  it('prints answers only with --answers, one line per node, and still valid JSON', () => {
    const path = file('amplifying.json', amplifying(150));
    const plain = runIn(['lint', path, '--format', 'json', '--fail-on', 'never']);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout).answers).toBeUndefined();
    const full = runIn(['lint', path, '--format', 'json', '--fail-on', 'never', '--answers']);
    expect(full.stdout.length).toBeGreaterThan(20 * plain.stdout.length);
    expect(Object.keys(JSON.parse(full.stdout).answers)).toHaveLength(150);
    expect(full.stdout).toMatch(/^ {4}"s0": \{"origin":.*\},$/m);
  });

  it('reports an internal error as exit 3 with one line, never as findings', () => {
    let stdout = '';
    let stderr = '';
    const code = runCli(['lint', 'a.json'], {
      read: () => {
        throw new RangeError('Invalid string length');
      },
      isFolder: () => false,
      stdout: (chunk) => (stdout += chunk),
      stderr: (chunk) => (stderr += chunk),
      color: false,
    });
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toBe('flowmap: internal error, please report it: RangeError: Invalid string length\n');
  });

  it('lints a 20,000-node ring in SARIF within seconds (the line of every finding found in one pass)', { timeout: 60_000 }, () => {
    const count = 20_000;
    const nodes = Array.from({ length: count }, (_, i) => ({ id: `n${i}`, kind: 'service', label: `N${i}`, transforms: ['enrich'] }));
    const edges = Array.from({ length: count }, (_, i) => ({ id: `e${i}`, source: `n${i}`, target: `n${(i + 1) % count}`, kind: 'request', retries: 1 }));
    const path = file('ring.json', JSON.stringify({ format: 'flowmap', version: 1, title: 'ring', nodes, edges }));
    const started = performance.now();
    const run = runIn(['lint', path, '--format', 'sarif', '--fail-on', 'never']);
    const seconds = (performance.now() - started) / 1000;
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout).runs[0].results;
    expect(results.length).toBeGreaterThanOrEqual(count);
    expect(results.at(-1).locations[0].physicalLocation.region.startLine).toBe(1); // one line of JSON: every id on line 1
    expect(seconds).toBeLessThan(30); // was 52 s; about 3 s on an idle machine
  });
});

describe('baseline folders', () => {
  it('finds the old version at the same relative path, and treats a file missing there as new', () => {
    const base = join(dir, 'base');
    mkdirSync(join(base, 'src', 'cli', 'fixtures'), { recursive: true });
    writeFileSync(join(base, 'src', 'cli', 'fixtures', 'fan-out.json'), fixture('fan-out.json'));
    const run = runIn(['lint', 'src/cli/fixtures/fan-out.json', 'src/cli/fixtures/change-event.json', '--baseline', base]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('src/cli/fixtures/fan-out.json: 5 findings, 0 new, 0 fixed since the baseline');
    expect(run.stdout).toContain('src/cli/fixtures/change-event.json: no findings, 0 new, 0 fixed since the baseline');
  });

  it('writes each finding whole in JSON, with its state against the baseline', () => {
    const base = join(dir, 'base-json');
    mkdirSync(base, { recursive: true });
    writeFileSync(join(base, 'fan-out.json'), fixture('fan-out.json'));
    const run = runIn(['lint', 'src/cli/fixtures/fan-out.json', '--baseline', join(base, 'fan-out.json'), '--format', 'json']);
    const { findings } = JSON.parse(run.stdout);
    expect(findings).toHaveLength(5);
    for (const finding of findings) {
      expect(finding).toMatchObject({ baselineState: 'unchanged', message: expect.any(String), fix: expect.any(String), fingerprint: expect.any(String) });
      expect(finding.nodes.length).toBeGreaterThan(0);
    }
  });
});
