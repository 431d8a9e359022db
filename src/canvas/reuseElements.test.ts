import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { fanOut } from '../templates';
import { reuseElements } from './reuseElements';
import { toFlowElements } from './toFlowElements';

const view = (doc: typeof fanOut, selection: string[] = []) => toFlowElements(doc, analyze(doc), { selection });

describe('reuseElements', () => {
  it('keeps every unchanged node and edge object, and replaces the changed ones', () => {
    const before = view(fanOut);
    const renamed = { ...fanOut, nodes: fanOut.nodes.map((n) => (n.id === 'postgres' ? { ...n, label: 'Billing DB' } : n)) };
    const after = reuseElements(before, view(renamed, ['e1']));
    after.nodes.forEach((node, i) => (node.id === 'postgres' ? expect(node).not.toBe(before.nodes[i]) : expect(node).toBe(before.nodes[i])));
    expect(after.edges.find((e) => e.id === 'e1')).not.toBe(before.edges[0]);
    expect(after.edges.find((e) => e.id === 'e7')).not.toBe(before.edges.find((e) => e.id === 'e7'));
    expect(after.edges.find((e) => e.id === 'e2')).toBe(before.edges.find((e) => e.id === 'e2'));
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
