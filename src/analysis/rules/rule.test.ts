import { describe, expect, it } from 'vitest';
import { contextOf, diagram } from '../testing';
import { finding } from './rule';

describe('finding', () => {
  const ctx = contextOf(diagram({ a: 'service', b: 'store' }, ['a write b', 'a write ghost']));
  const info = { id: 'demo', question: 'failure', title: 'Demo' } as const;

  it('names nodes and edges by id, each once, dropping missing ones, and asks each unknown once', () => {
    const unknown = { question: 'Q?', target: { type: 'node', id: 'a' }, fact: 'idempotent', choices: [true, false] } as const;
    expect(finding(ctx, info, { severity: 'warning', nodes: [1, 0, 1, -1], edges: [1, 0, 1], message: 'm', fix: 'f', unknowns: [unknown, unknown] })).toEqual({
      rule: 'demo', question: 'failure', severity: 'warning', nodes: ['b', 'a'], edges: ['e2', 'e1'], message: 'm', fix: 'f', unknowns: [unknown],
    });
  });

  it('dedupes long lists too', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => i % 2);
    expect(finding(ctx, info, { severity: 'info', nodes, edges: [], message: 'm', fix: 'f' }).nodes).toEqual(['a', 'b']);
  });
});
