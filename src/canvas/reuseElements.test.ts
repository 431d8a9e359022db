import { describe, expect, it } from 'vitest';
import { analyze, plainFinding } from '../analysis';
import { fanOut } from '../templates';
import { reuseElements } from './reuseElements';
import { toFlowElements } from './toFlowElements';

const view = (doc: typeof fanOut, selection: string[] = []) => toFlowElements(doc, analyze(doc), { selection });

describe('reuseElements', () => {
  it('keeps every unchanged node and edge object, and replaces the changed ones', () => {
    const before = view(fanOut);
    const renamed = { ...fanOut, nodes: fanOut.nodes.map((n) => (n.id === 'postgres' ? { ...n, label: 'Billing DB' } : n)) };
    const after = reuseElements(before, view(renamed, ['e1']));
    // Postgres, and the nodes whose badge's tooltip names it, are new; the rest are kept.
    const changed = (i: number) => before.nodes[i]!.id === 'postgres' || before.nodes[i]!.data.worstMessage?.includes('Postgres');
    after.nodes.forEach((node, i) => (changed(i) ? expect(node).not.toBe(before.nodes[i]) : expect(node).toBe(before.nodes[i])));
    expect(after.nodes.filter((_, i) => !changed(i)).length).toBeGreaterThan(3);
    expect(after.edges.find((e) => e.id === 'e1')).not.toBe(before.edges[0]);
    expect(after.edges.find((e) => e.id === 'e7')).not.toBe(before.edges.find((e) => e.id === 'e7'));
    expect(after.edges.find((e) => e.id === 'e2')).toBe(before.edges.find((e) => e.id === 'e2'));
  });

  it('a new comment pin or a changed finding message replaces the node', () => {
    const before = view(fanOut);
    const pinned = reuseElements(before, toFlowElements(fanOut, analyze(fanOut), { selection: [], comments: new Map([['postgres', 1]]) }));
    pinned.nodes.forEach((node, i) => (node.id === 'postgres' ? expect(node.data.comments).toBe(1) : expect(node).toBe(before.nodes[i])));
    const reworded = toFlowElements(fanOut, { ...analyze(fanOut), findings: analyze(fanOut).findings.map((f) => ({ ...plainFinding(f), message: `${f.message}!` })) }, { selection: [] });
    expect(reuseElements(before, reworded).nodes.find((n) => n.id === 'postgres')!.data.worstMessage).toMatch(/!$/);
  });

  it('an unchanged list keeps its identity', () => {
    const before = view(fanOut);
    const renamed = { ...fanOut, nodes: fanOut.nodes.map((n) => (n.id === 'postgres' ? { ...n, owner: 'ledger' } : n)) };
    const after = reuseElements(before, view(renamed));
    expect(after.edges).toBe(before.edges);
    expect(after.nodes).not.toBe(before.nodes);
  });

  it('without a previous view, returns the new one', () => {
    const next = view(fanOut);
    expect(reuseElements(undefined, next)).toEqual(next);
  });
});
