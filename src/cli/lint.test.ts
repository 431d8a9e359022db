import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintFiles, type SourceFile } from './lint';
import { declarationLines } from './formatSarif';
import type { LintOptions } from './options';

const fixture = (name: string): SourceFile => ({ path: `fixtures/${name}`, text: readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8') });
const text: LintOptions = { format: 'text', failOn: 'error', color: false, answers: false };
const printed = (outcome: { output: Iterable<string> }) => [...outcome.output].join('');

describe('lintFiles', () => {
  it('counts accepted findings apart, marks them in every format and never fails on them', () => {
    const doc = JSON.parse(fixture('fan-out.json').text!);
    const { findings } = JSON.parse(printed(lintFiles([fixture('fan-out.json')], { ...text, format: 'json' }))) as { findings: { fingerprint: string; severity: string }[] };
    const errors = findings.filter((f) => f.severity === 'error');
    doc.waivers = errors.map((f) => ({ fingerprint: f.fingerprint, reason: 'known, fixing in Q3', author: 'lee', createdAt: '2026-02-01T09:00:00Z' }));
    const waived = { path: 'waived.json', text: JSON.stringify(doc) };
    const outcome = lintFiles([waived], text);
    expect(outcome.exitCode).toBe(0);
    expect(printed(outcome)).toMatch(new RegExp(`0 errors, \\d+ warnings, \\d+ info, ${errors.length} accepted\\n$`));
    expect(printed(outcome)).toMatch(/^ {4}accepted by lee on 2026-02-01: known, fixing in Q3$/m);
    const sarif = JSON.parse(printed(lintFiles([waived], { ...text, format: 'sarif' })));
    expect(sarif.runs[0].results.filter((r: { suppressions?: unknown }) => r.suppressions)).toHaveLength(errors.length);
    expect(sarif.runs[0].results.find((r: { suppressions?: unknown }) => r.suppressions).suppressions).toEqual([{ kind: 'external', justification: 'known, fixing in Q3' }]);
    const expired = { path: 'expired.json', text: JSON.stringify({ ...doc, waivers: doc.waivers.map((w: object) => ({ ...w, expires: '2026-03-01' })) }) };
    expect(lintFiles([expired], { ...text, today: '2026-03-02' }).exitCode).toBe(1);
  });

  it('applies rule settings: a file’s config, then --rule over it', () => {
    const fanOut = fixture('fan-out.json');
    const quiet = Object.fromEntries(['single-writer', 'fan-out', 'retry-duplicates', 'dual-write', 'source-of-truth'].map((id) => [id, 'warning' as const]));
    expect(lintFiles([{ ...fanOut, rules: quiet }], text).exitCode).toBe(0);
    expect(lintFiles([{ ...fanOut, rules: quiet }], { ...text, rules: { 'fan-out': 'error' } }).exitCode).toBe(1);
  });

  it('passes a clean diagram with exit 0', () => {
    const outcome = lintFiles([fixture('change-event.json')], text);
    expect({ ...outcome, output: printed(outcome) }).toEqual({ output: 'fixtures/change-event.json: no findings\n1 file checked: 0 errors, 0 warnings, 0 info\n', problems: [], exitCode: 0 });
  });

  it('fails on findings at or above the threshold', () => {
    const fanOut = fixture('fan-out.json');
    const outcome = lintFiles([fanOut], text);
    expect(outcome.exitCode).toBe(1);
    expect(printed(outcome)).toMatch(/^ {2}error single-writer \[consumerB, consumerC, postgres, elastic, e7, e8\] /m);
    expect(printed(outcome)).toMatch(/^ {4}fix: /m);
    expect(lintFiles([fanOut], { ...text, failOn: 'never' }).exitCode).toBe(0);
    expect(lintFiles([fixture('change-event.json')], { ...text, failOn: 'warning' }).exitCode).toBe(0);
  });

  it('names the file and the field of bad input, exit 2, and still reports the good files', () => {
    const outcome = lintFiles([fixture('bad-kind.json'), fixture('not-json.json'), { path: 'gone.json', readError: 'no such file' }, fixture('fan-out.json')], text);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.problems[0]).toMatch(/^fixtures\/bad-kind\.json: nodes\[3\]\.kind: expected one of actor, /);
    expect(outcome.problems[1]).toMatch(/^fixtures\/not-json\.json: /);
    expect(outcome.problems).toContain('gone.json: no such file');
    expect(printed(outcome)).toContain('fixtures/fan-out.json: 5 findings');
  });

  it('prints findings and the four answers as JSON', () => {
    expect(JSON.parse(printed(lintFiles([fixture('fan-out.json')], { ...text, format: 'json' }))).answers).toBeUndefined();
    const report = JSON.parse(printed(lintFiles([fixture('fan-out.json')], { ...text, format: 'json', answers: true })));
    expect(report.findings.map((f: { rule: string }) => f.rule)).toContain('fan-out');
    expect(report.answers.postgres.origin.sources).toEqual(['user']);
    expect(report.answers.postgres.transform.by).toContain('validation');
    expect(Object.keys(report.answers.consumerB)).toEqual(['origin', 'transform', 'ownership', 'failure']);
    const several = JSON.parse(printed(lintFiles([fixture('fan-out.json'), fixture('change-event.json')], { ...text, format: 'json', answers: true })));
    expect(several.files.map((f: { path: string }) => f.path)).toEqual(['fixtures/fan-out.json', 'fixtures/change-event.json']);
  });

  it('writes SARIF 2.1.0 pointing at the line that declares the node', () => {
    const file = fixture('fan-out.json');
    const sarif = JSON.parse(printed(lintFiles([file], { ...text, format: 'sarif' })));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('flowmap');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('dual-write');
    const first = run.results[0];
    expect(first).toMatchObject({ ruleId: 'single-writer', level: 'error' });
    const line = first.locations[0].physicalLocation.region.startLine;
    expect(file.text!.split('\n')[line - 1]).toContain('"id": "consumerB"');
    expect(run.results.some((r: { level: string }) => r.level === 'warning')).toBe(true);
  });
});

describe('hostile labels in the CLI output', () => {
  it('stay text in SARIF and JSON: the output parses and carries the label unchanged', () => {
    const label = '</script><script>alert("x")</script> שירות ‮ 🚀';
    const doc = { format: 'flowmap', version: 1, title: 't', nodes: [{ id: 'u', kind: 'actor', label: 'User' }, { id: 'db', kind: 'store', label }], edges: [{ id: 'e', source: 'u', target: 'db', kind: 'write' }] };
    const file = { path: 'hostile.json', text: JSON.stringify(doc, null, 2) };
    for (const format of ['sarif', 'json'] as const) {
      const output = printed(lintFiles([file], { ...text, format, answers: true }));
      expect(output).toContain(JSON.stringify(label).slice(1, -1));
      expect(() => JSON.parse(output)).not.toThrow();
    }
  });
});

describe('declarationLines', () => {
  it('finds the line declaring each id in one pass; the first declaration wins; unparsable ids are skipped', () => {
    const lines = declarationLines('{\n  "id": "a.b",\n  "x": [{"id": "c"}, {"id":"a.b"}],\n\n "id" : "d\\u0065", "id": "bad\\x"\n}');
    expect(lines).toEqual(new Map([['a.b', 2], ['c', 3], ['de', 5]]));
  });
});
