import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIn } from './testing';

const dir = mkdtempSync(join(tmpdir(), 'flowmap-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Doc = { nodes: { id: string; label: string; position?: { x: number; y: number }; [fact: string]: unknown }[]; edges: { id: string }[] };
const fanOut = (): Doc => JSON.parse(readFileSync(new URL('fixtures/fan-out.json', import.meta.url), 'utf8'));

/** The fan-out fixture, changed by `edit`, written to a file of the temporary folder. */
function version(name: string, edit: (doc: Doc) => void = () => {}): string {
  const doc = fanOut();
  edit(doc);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(doc, null, 2));
  return path;
}

const original = version('original.json');
const identical = version('identical.json');
const moved = version('moved.json', (doc) => doc.nodes.forEach((n, i) => (n.position = { x: i * 33, y: 999 - i })));
const renamed = version('renamed.json', (doc) => (doc.nodes.find((n) => n.id === 'postgres')!.label = 'Orders *DB* <b>|</b> @team [x](http://e)'));
/** One finding introduced (a service nothing leads into), one resolved (the topic gets its lag alert). */
const changed = version('changed.json', (doc) => {
  doc.nodes.push({ id: 'orphan', kind: 'service', label: 'Orphan' });
  doc.nodes.find((n) => n.id === 'topic')!.lagAlert = true;
});
const broken = join(dir, 'broken.json');
writeFileSync(broken, '{"format": "flowmap", "version": 1, "title": "t", "nodes": [{"id": "a", "kind": "boat", "label": "A"}], "edges": []}');

describe('flowmap diff OLD NEW', () => {
  it('exits 0 for identical files and for nodes that only moved', () => {
    for (const after of [identical, moved]) {
      const run = runIn(['diff', original, after]);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toMatch(/: no changes\nfindings: 0 introduced, 0 resolved, 5 unchanged\n$/);
    }
    const json = JSON.parse(runIn(['diff', original, moved, '--format', 'json']).stdout);
    expect(json.nodes).toEqual({ added: [], removed: [], changed: [] });
    expect(json.findings.unchanged).toHaveLength(5);
  });

  it('reports a renamed label as changed (not added and removed), exit 1, escaped in Markdown', () => {
    const json = runIn(['diff', original, renamed, '--format', 'json']);
    expect(json.code).toBe(1);
    const diff = JSON.parse(json.stdout);
    expect(diff.nodes).toEqual({ added: [], removed: [], changed: [{ id: 'postgres', fields: ['label'], before: { label: 'Postgres' }, after: { label: 'Orders *DB* <b>|</b> @team [x](http://e)' } }] });
    expect(runIn(['diff', original, renamed]).stdout).toContain('  changed node postgres: label\n');
    const markdown = runIn(['diff', original, renamed, '--format', 'markdown']).stdout;
    expect(markdown).toContain('| nodes | 0 | 0 | 1 |');
    expect(markdown).toContain('- changed node `postgres`: label');
  });

  it('lists the findings introduced and resolved, by fingerprint', () => {
    const run = runIn(['diff', original, changed, '--format', 'json']);
    expect(run.code).toBe(1);
    const { nodes, findings } = JSON.parse(run.stdout);
    expect(nodes.added.map((n: { id: string }) => n.id)).toEqual(['orphan']);
    expect(nodes.changed).toEqual([{ id: 'topic', fields: ['lagAlert'], before: {}, after: { lagAlert: true } }]);
    expect(findings.introduced.map((f: { fingerprint: string }) => f.fingerprint)).toEqual(['unreached-node|orphan|']);
    expect(findings.resolved.map((f: { rule: string }) => f.rule)).toEqual(['lag-alert']);
    const text = runIn(['diff', original, changed]).stdout;
    expect(text).toContain('findings: 1 introduced, 1 resolved, 4 unchanged');
    expect(text).toMatch(/^ {2}introduced error unreached-node \[orphan\] /m);
  });

  it('exits 2 on a bad file, naming it and the field', () => {
    const run = runIn(['diff', original, broken]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^${broken}: nodes\\[0\\]\\.kind: expected one of actor`));
  });
});

describe('flowmap lint --baseline', () => {
  it('passes when every finding is already in the baseline', () => {
    const run = runIn(['lint', moved, '--baseline', original, '--fail-on', 'warning']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('5 findings, 0 new, 0 fixed since the baseline');
    expect(run.stdout).toMatch(/\n1 file checked: 1 error, 4 warnings, 0 info; 0 new\n$/);
  });

  it('fails only on the new finding, listed first; the resolved one is reported fixed', () => {
    const run = runIn(['lint', changed, '--baseline', original]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`${changed}: 5 findings, 1 new, 1 fixed since the baseline`);
    expect(lines[1]).toMatch(/^ {2}new error unreached-node \[orphan\] /);
    expect(run.stdout).toContain('  fixed lag-alert [topic, consumerB, consumerC, e5, e6]');
    expect(runIn(['lint', changed, '--baseline', changed]).code).toBe(0);
  });

  it('marks SARIF results new, unchanged or absent', () => {
    const sarif = JSON.parse(runIn(['lint', changed, '--baseline', original, '--format', 'sarif']).stdout);
    const states = sarif.runs[0].results.map((r: { ruleId: string; baselineState: string }) => `${r.baselineState} ${r.ruleId}`);
    expect(states[0]).toBe('new unreached-node');
    expect(states.filter((s: string) => s.startsWith('unchanged'))).toHaveLength(4);
    expect(states.at(-1)).toBe('absent lag-alert');
  });

  it('writes a Markdown report of what the change introduces and resolves', () => {
    const markdown = runIn(['lint', changed, '--baseline', original, '--format', 'markdown']).stdout;
    expect(markdown).toContain('| file | findings | new | resolved |');
    expect(markdown).toContain('#### Introduced by this change (1)');
    expect(markdown).toMatch(/^- \*\*error\*\* `unreached-node` in .* \(`orphan`\): No arrow leads into Orphan \\\(service\\\)/m);
    expect(markdown).toMatch(/#### Resolved by this change \(1\)\n\n- `lag-alert` in /);
  });

  it('exits 2 naming a bad baseline file', () => {
    const run = runIn(['lint', changed, '--baseline', broken]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^${broken}: nodes\\[0\\]\\.kind: expected one of .* \\(the baseline of ${changed}\\)$`, 'm'));
    expect(runIn(['lint', changed, '--baseline', join(dir, 'gone.json')]).stderr).toContain('gone.json: no such file (the baseline of');
  });
});

describe('Markdown reports', () => {
  it('escape diagram text so a label cannot add markup, links, mentions or table cells', () => {
    const hostile = version('hostile.json', (doc) => {
      doc.nodes.find((n) => n.id === 'consumerB')!.label = 'B | <img src=x> [link](http://e) @org/team `code`\n# heading';
    });
    const markdown = runIn(['lint', hostile, '--format', 'markdown']).stdout;
    const line = markdown.split('\n').find((l) => l.includes('single-writer'))!;
    expect(line).toContain('B \\| \\<img src\\=x\\> \\[link\\]\\(http\\:\\/\\/e\\) \\@org\\/team \\`code\\` \\# heading');
    expect(markdown).not.toMatch(/[^\\](<img|\]\(http|@org)/);
  });
});
