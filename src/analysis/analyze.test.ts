import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, answersOf } from './analyze';
import { RULES } from './rules';
import { plainFinding } from './rules/ruleFinding';
import { diagram } from './testing';

describe('analyze', () => {
  it('returns nothing for an empty document', () => {
    expect(analyze(diagram({}))).toEqual({ answers: {}, findings: [] });
  });

  it('copes with arrows to missing nodes, self-loops and cycles', () => {
    const doc = diagram({ a: 'service', b: 'service', db: 'store' }, ['a request a', 'a request b', 'b request a', 'b write db', 'b write ghost']);
    const { findings, answers } = analyze(doc);
    expect(findings.map((f) => f.rule)).toContain('dangling-edge');
    expect(answers.db!.origin.summary).toBe('No origin reaches db: the arrows that lead here start in a loop that nothing feeds.');
  });

  it('sorts findings by severity, then rule in documented order, then first node in document order', () => {
    const doc = diagram({ c: 'store', u: 'actor', svc: 'service', q: 'queue', x: 'service' }, [
      'u request svc', 'svc write c', 'svc publish q', 'q consume x',
    ]);
    const order = RULES.map((r) => r.id);
    const keys = analyze(doc).findings.map((f) => [['error', 'warning', 'info'].indexOf(f.severity), order.indexOf(f.rule), doc.nodes.findIndex((n) => n.id === f.nodes[0])]);
    expect(keys.length).toBeGreaterThan(3);
    expect(keys).toEqual([...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!));
  });

  it('answers every node as plain data, even a node called __proto__', () => {
    const nodes = Object.fromEntries([['__proto__', 'actor'], ['svc', 'service']] as const);
    const { answers } = analyze(diagram(nodes, ['__proto__ request svc']));
    expect(Object.keys(answers)).toEqual(['__proto__', 'svc']);
    expect(answers.svc!.origin.sources).toEqual(['__proto__']);
    const copy = structuredClone(answers);
    expect(JSON.parse(JSON.stringify(answers))).toEqual(copy);
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
  });

  it('computes a node’s answers once, on first read', () => {
    const { answers } = analyze(diagram({ u: 'actor' }));
    expect(answers.u).toBe(answers.u);
  });

  it('is plain data when serialised: the answers are built on first read, the findings worded on first read', () => {
    const analysis = analyze(diagram({ u: 'actor', db: 'store' }, ['u write db']));
    const json = JSON.parse(JSON.stringify(analysis));
    expect(Object.keys(json)).toEqual(['answers', 'findings']);
    expect(Object.keys(json.answers)).toEqual(['u', 'db']);
    expect(json.findings[0]).toEqual({ ...plainFinding(analysis.findings[0]!), message: expect.stringContaining('User input from u reaches db') });
    expect(analysis.answers).toBe(analysis.answers);
  });

  it('answers the nodes asked for without building every node\'s, the same answers, ids not on the map left out', () => {
    const doc = diagram({ u: 'actor', api: 'service', db: 'store' }, ['u request api', 'api write db']);
    const analysis = analyze(doc);
    const some = answersOf(analysis, ['db', 'ghost']);
    expect(Object.keys(some)).toEqual(['db']);
    expect(JSON.stringify(some.db)).toBe(JSON.stringify(analyze(doc).answers.db));
    expect(analysis.answers.db).toBe(some.db);
  });

  it('posts its findings as plain objects: a structured clone of plainFinding keeps every field', () => {
    const { findings } = analyze(diagram({ u: 'actor', db: 'store' }, ['u write db']), { rules: { 'validate-input': 'info' } });
    const posted = structuredClone(findings.map(plainFinding));
    expect(posted).toEqual(JSON.parse(JSON.stringify(findings)));
    expect(posted[0]).toMatchObject({ rule: 'validate-input', severity: 'info', nodes: ['db', 'u'], fingerprint: 'validate-input|db,u|e1' });
  });
});

describe('RULES', () => {
  const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');

  it('lists each rule once, with its question and title', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) expect(['origin', 'transform', 'ownership', 'failure']).toContain(rule.question);
  });

  it('documents every rule in docs/rules.md, with a diagram and a fix', () => {
    for (const rule of RULES) {
      const section = doc.split(/^## /m).find((s) => s.startsWith(`\`${rule.id}\``));
      expect(section, rule.id).toBeDefined();
      expect(section).toContain(rule.title);
      expect(section).toMatch(/```/);
      expect(section).toMatch(/\*\*Fix:\*\*/);
    }
  });

  it('documents a diagram that clears each new or changed rule', () => {
    const changed = ['single-writer', 'source-of-truth', 'last-write-wins', 'cross-boundary-write', 'dual-write', 'poison-message', 'ordering', 'read-your-writes', 'validate-input', 'scheduler-overlap', 'stale-waiver'];
    for (const id of changed) expect(doc.split(/^## /m).find((s) => s.startsWith(`\`${id}\``)), id).toMatch(/\*\*Clears:\*\*/);
  });

  it('declares each rule’s default severity, the facts it reads (fields of the format) and its docs anchor', async () => {
    const { FACT_TEXT } = await import('../model');
    for (const rule of RULES) {
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.docs).toBe(`docs/rules.md#${rule.id}`);
      for (const fact of rule.facts) expect(fact in FACT_TEXT || fact === 'owner' || fact === 'group', `${rule.id}: ${fact}`).toBe(true);
    }
  });

  it('fingerprints stay when nodes move, labels change or unrelated elements are added, and are unique', async () => {
    const { fanOut } = await import('../templates');
    const before = analyze(fanOut).findings.map((f) => f.fingerprint);
    expect(new Set(before).size).toBe(before.length);
    const moved = structuredClone(fanOut);
    moved.nodes.forEach((n, i) => { n.position = { x: i * 7, y: -i }; n.label = `${n.label} renamed`; });
    moved.nodes.push({ id: 'elsewhere', kind: 'service', label: 'Unrelated' }, { id: 'elsewhere-db', kind: 'store', label: 'Its db' });
    moved.edges.push({ id: 'elsewhere-w', source: 'elsewhere', target: 'elsewhere-db', kind: 'write' });
    const after = new Set(analyze(moved).findings.map((f) => f.fingerprint));
    for (const fingerprint of before) expect(after).toContain(fingerprint);
  });
});

