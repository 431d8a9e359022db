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
