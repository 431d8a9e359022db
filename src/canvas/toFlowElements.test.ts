import { describe, expect, it } from 'vitest';
import { analyze, compareSeverity } from '../analysis';
import { fanOut } from '../templates';
import { toFlowElements } from './toFlowElements';

describe('toFlowElements badges', () => {
  it('give each node the message of its worst finding, with the count', () => {
    const analysis = analyze(fanOut);
    const nodes = toFlowElements(fanOut, analysis, { selection: [] }).nodes;
    const badged = nodes.filter((n) => n.data.count > 1);
    expect(badged.length).toBeGreaterThan(0);
    for (const node of badged) {
      const here = analysis.findings.filter((f) => f.nodes.includes(node.id));
      const worst = [...here].sort((a, b) => compareSeverity(a.severity, b.severity))[0]!;
      expect(node.data.count).toBe(here.length);
      expect(node.data.worst).toBe(worst.severity);
      expect(node.data.worstMessage).toBe(worst.message);
    }
  });
});

describe('toFlowElements on an edit', () => {
  it('makes a new element only for what the edit changed: a relabelled node and the arrows that name it', () => {
    const analysis = analyze(fanOut);
    const before = toFlowElements(fanOut, analysis, { selection: [] });
    const relabelled = { ...fanOut, nodes: fanOut.nodes.map((n) => (n.id === 'consumerB' ? { ...n, label: 'Billing' } : n)) };
    const after = toFlowElements(relabelled, analysis, { selection: [] });
    expect(after.nodes.filter((n, i) => n !== before.nodes[i]).map((n) => n.id)).toEqual(['consumerB']);
    const changedEdges = after.edges.filter((e, i) => e !== before.edges[i]);
    expect(changedEdges.length).toBeGreaterThan(0);
    expect(changedEdges.every((e) => e.source === 'consumerB' || e.target === 'consumerB')).toBe(true);
    expect(after.nodes.find((n) => n.id === 'consumerB')!.data.label).toBe('Billing');
    // Selecting a node remakes that node only.
    const selected = toFlowElements(relabelled, analysis, { selection: ['topic'] });
    expect(selected.nodes.filter((n, i) => n !== after.nodes[i]).map((n) => n.id)).toEqual(['topic']);
  });
});
