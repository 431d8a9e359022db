import { describe, expect, it } from 'vitest';
import { contextOf, diagram } from '../testing';
import { finding } from './rule';

describe('finding', () => {
  const ctx = contextOf(diagram({ a: 'service', b: 'store' }, ['a write b', 'a write ghost']));
  const info = { id: 'demo', question: 'failure', title: 'Demo', severity: 'warning', facts: [] } as const;

  it('names nodes and edges by id, each once, dropping missing ones, and asks each unknown once', () => {
    const unknown = { question: 'Q?', target: { type: 'node', id: 'a' }, fact: 'idempotent', choices: [true, false] } as const;
    expect(finding(ctx, info, { severity: 'warning', nodes: [1, 0, 1, -1], edges: [1, 0, 1], words: () => ({ message: 'm', fix: 'f', unknowns: [unknown, unknown] }) }).toJSON()).toEqual({
      rule: 'demo', fingerprint: 'demo|a,b|e1,e2', question: 'failure', severity: 'warning', nodes: ['b', 'a'], edges: ['e2', 'e1'], message: 'm', fix: 'f', unknowns: [unknown],
    });
  });

  it('dedupes long lists too', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => i % 2);
    expect(finding(ctx, info, { severity: 'info', nodes, edges: [], words: () => ({ message: 'm', fix: 'f' }) }).nodes).toEqual(['a', 'b']);
  });

  it('fingerprints by rule, sorted ids and entity, so order and labels do not matter', () => {
    const draft = { severity: 'info', words: () => ({ message: 'm', fix: 'f' }) } as const;
    const a = finding(ctx, info, { ...draft, nodes: [0, 1], edges: [0] });
    const b = finding(ctx, info, { ...draft, nodes: [1, 0], edges: [0], words: () => ({ message: 'other words', fix: 'f' }) });
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(finding(ctx, info, { ...draft, nodes: [0, 1], edges: [0], entity: 'orders' }).fingerprint).toBe('demo|a,b|e1|orders');
    expect(finding(ctx, info, { ...draft, nodes: [0], edges: [0] }).fingerprint).not.toBe(a.fingerprint);
  });
});
