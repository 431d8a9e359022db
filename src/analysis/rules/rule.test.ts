import { describe, expect, it, vi } from 'vitest';
import type { Context } from '../derived';
import { contextOf, diagram } from '../testing';
import { finding, type Listed } from './rule';

describe('finding', () => {
  it('words a finding from its lists and what it is about, when first read', () => {
    const words = vi.fn(({ graph }: Context, listed: Listed) => ({ message: `${graph.nodeLabel[listed.nodes[0]!]} ${listed.edges.join()} ${listed.mentions.join()} ${listed.about}`, fix: 'f' }));
    const f = finding(ctx, { ...rule, words }, { severity: 'info', nodes: [1, 0], edges: [0], mentions: [0], about: 7 });
    expect(words).not.toHaveBeenCalled();
    expect(f.message).toBe('b 0 0 7');
    expect(finding(ctx, { ...rule, words }, { severity: 'info', nodes: [0], edges: [] }).message).toBe('a   -1');
  });

  const ctx = contextOf(diagram({ a: 'service', b: 'store' }, ['a write b', 'a write ghost']));
  const info = { id: 'demo', question: 'failure', title: 'Demo', severity: 'warning', facts: [] } as const;
  const unknown = { question: 'Q?', target: { type: 'node', id: 'a' }, fact: 'idempotent', choices: [true, false] } as const;
  const rule = { ...info, check: () => [], words: () => ({ message: 'm', fix: 'f', unknowns: [unknown, unknown] }) };

  it('names nodes and edges by id, each once, dropping missing ones, and asks each unknown once', () => {
    expect(finding(ctx, rule, { severity: 'warning', nodes: [1, 0, 1, -1], edges: [1, 0, 1] }).toJSON()).toEqual({
      rule: 'demo', fingerprint: 'demo|a,b|e1,e2', question: 'failure', severity: 'warning', nodes: ['b', 'a'], edges: ['e2', 'e1'], message: 'm', fix: 'f', unknowns: [unknown],
    });
  });

  it('dedupes long lists too', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => i % 2);
    expect(finding(ctx, rule, { severity: 'info', nodes, edges: [] }).nodes).toEqual(['a', 'b']);
  });

  it('fingerprints by rule, sorted ids and entity, so order and labels do not matter', () => {
    const a = finding(ctx, rule, { severity: 'info', nodes: [0, 1], edges: [0] });
    const b = finding(ctx, { ...rule, words: () => ({ message: 'other words', fix: 'f' }) }, { severity: 'info', nodes: [1, 0], edges: [0] });
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(b.message).toBe('other words');
    expect(finding(ctx, rule, { severity: 'info', nodes: [0, 1], edges: [0], entity: 'orders' }).fingerprint).toBe('demo|a,b|e1|orders');
    expect(finding(ctx, rule, { severity: 'info', nodes: [0], edges: [0] }).fingerprint).not.toBe(a.fingerprint);
  });
});
