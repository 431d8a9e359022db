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

describe('toFlowElements from one call to the next', () => {
  it('names the nodes as they are now in every arrow, whatever moved in the lists, and keeps what did not change', () => {
    const analysis = analyze(fanOut);
    const selection: string[] = [];
    const first = toFlowElements(fanOut, analysis, { selection });
    // The same number of nodes, in another order, one renamed: every arrow naming it is made again.
    const shuffled = { ...fanOut, nodes: [...fanOut.nodes].reverse().map((n) => (n.id === 'topic' ? { ...n, label: 'Events' } : n)) };
    const second = toFlowElements(shuffled, analysis, { selection });
    const label = (id: string) => shuffled.nodes.find((n) => n.id === id)!.label;
    for (const edge of second.edges) expect(edge.ariaLabel).toBe(`${fanOut.edges.find((e) => e.id === edge.id)!.kind} arrow from ${label(edge.source)} to ${label(edge.target)}`);
    expect(second.nodes.map((n) => n.id)).toEqual(shuffled.nodes.map((n) => n.id));
    expect(second.edges.filter((e, i) => e === first.edges[i]).length).toBe(first.edges.filter((e) => e.source !== 'topic' && e.target !== 'topic').length);
    // Another view of the same document (a selection) is made from it, not taken from the last call.
    const selected = toFlowElements(shuffled, analysis, { selection: ['topic'] });
    expect(selected.nodes.find((n) => n.id === 'topic')!.selected).toBe(true);
    expect(toFlowElements(shuffled, analysis, { selection }).nodes.find((n) => n.id === 'topic')!.selected).toBe(false);
  });
});
