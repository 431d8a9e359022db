import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fanOut } from '../templates';
import type { SourceFile } from './lint';
import { whatIfCommand } from './whatIf';
import { parseWhatIfArgs } from './whatIfOptions';

const files: Record<string, string> = {
  'fan-out.json': readFileSync(new URL('fixtures/fan-out.json', import.meta.url), 'utf8'),
  'bad-kind.json': readFileSync(new URL('fixtures/bad-kind.json', import.meta.url), 'utf8'),
  'hostile.json': JSON.stringify({ ...fanOut, nodes: fanOut.nodes.map((n) => (n.id === 'elastic' ? { ...n, label: 'Elastic\u001b[31m\u202eevil\nsearch' } : n)) }),
};
const read = (path: string): SourceFile => (path in files ? { path, text: files[path] } : { path, readError: 'no such file' });
const run = (...argv: string[]) => whatIfCommand(argv, read);

describe('flowmap what-if', () => {
  it('narrates a fault on a node, down by default, with the fixes', () => {
    const outcome = run('fan-out.json', '--fault', 'consumerC');
    expect(outcome.exitCode).toBe(0);
    expect(outcome.output).toMatch(/^fan-out\.json: What if Consumer C \(consumerC\) is down\?\n {2}1\. Consumer C is down\.\n/);
    expect(outcome.output).toContain('fix: Reconcile Elasticsearch against its source of truth. (one fact: set reconciliation = true on node elastic)');
    expect(outcome.output).toContain('Broken silently: elastic\n');
  });

  it('takes an arrow id and a fault kind, and prints JSON with each element’s spread path', () => {
    const report = JSON.parse(run('fan-out.json', '--fault=e3:slow', '--format', 'json').output);
    expect(report.fault).toEqual({ target: { type: 'edge', id: 'e3' }, kind: 'slow' });
    expect(report.affected.find((a: { id: string }) => a.id === 'user')).toMatchObject({ worst: 'blocked', path: ['e3', 'e2', 'e1'] });
    expect(report.steps[0].kind).toBe('fault');
  });

  it('prints markdown with a table of the affected elements', () => {
    const output = run('fan-out.json', '--fault', 'serviceA:schema', '--format', 'markdown').output;
    expect(output).toMatch(/^## What if Service A \(serviceA\) changes its schema\?/);
    expect(output).toContain('| node elastic | malformed | nobody |');
  });

  it('ranks the worst single points of failure', () => {
    const output = run('fan-out.json', '--rank').output;
    expect(output).toMatch(/^ {2}1\. API Gateway \(gateway\) breaks 7 nodes silently; worst fault: drop/m);
    const json = JSON.parse(run('fan-out.json', '--rank', '--format', 'json').output);
    expect(json.ranking[0].node).toBe('gateway');
  });

  it('strips control and direction-override characters from labels in text output', () => {
    const output = run('hostile.json', '--fault', 'consumerC').output;
    expect(output).toContain('Elastic [31m evil search');
    // eslint-disable-next-line no-control-regex
    expect(output.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u202e]/);
  });

  it('exits 2 on an unknown id, a fault the element cannot have, bad input and bad usage', () => {
    expect(run('fan-out.json', '--fault', 'nope')).toMatchObject({ exitCode: 2, problems: ['fan-out.json: no node or arrow "nope"'] });
    expect(run('fan-out.json', '--fault', 'e3:schema').problems[0]).toMatch(/^fan-out\.json: an arrow cannot be "schema"/);
    expect(run('bad-kind.json', '--rank').problems[0]).toMatch(/^bad-kind\.json: nodes\[3\]\.kind: expected one of/);
    expect(run('gone.json', '--rank').problems).toEqual(['gone.json: no such file']);
    expect(run('fan-out.json', '--fault', 'a:melt')).toMatchObject({ exitCode: 2 });
    expect(run('fan-out.json').problems[0]).toBe('flowmap: give either --fault ID[:KIND] or --rank');
    expect(run('--help')).toMatchObject({ exitCode: 0, problems: [] });
  });

  it('parses the options', () => {
    expect(parseWhatIfArgs(['f.json', '--fault', 'x:drop'])).toEqual({ ok: true, file: 'f.json', format: 'text', fault: { id: 'x', kind: 'drop' } });
    expect(parseWhatIfArgs(['f.json', '--rank', '--fault', 'x'])).toMatchObject({ ok: false });
    expect(parseWhatIfArgs(['f.json', 'g.json', '--rank'])).toMatchObject({ ok: false, error: 'what-if takes one FILE' });
    expect(parseWhatIfArgs(['f.json', '--rank', '--format', 'sarif'])).toMatchObject({ ok: false, error: '--format: expected one of text, json, markdown, got "sarif"' });
  });
});

describe('bin/flowmap.js what-if', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const flowmap = (...args: string[]) => spawnSync(process.execPath, ['bin/flowmap.js', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('runs from the command line: exit 0 with the narrative, 2 on an unknown id', () => {
    const ok = flowmap('what-if', 'src/cli/fixtures/change-event.json', '--fault', 'onChanged');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('the lag alert on thread_status changes tells someone');
    const bad = flowmap('what-if', 'src/cli/fixtures/change-event.json', '--fault', 'ghost');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('no node or arrow "ghost"');
  }, 30_000);
});
