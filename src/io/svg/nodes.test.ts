import { describe, expect, it } from 'vitest';
import { nodeLayout, nodeSize, type FlowNode } from '../../model';
import { renderNode, renderNodeBadge } from './nodes';
import { themeFor } from './theme';

const theme = themeFor('light');
const at = (node: FlowNode) => ({ x: 0, y: 0, ...nodeSize(node) });

describe('renderNode', () => {
  it('draws the kind caption, the label and the owner in the kind’s colour, with an accessible title', () => {
    const node: FlowNode = { id: 'b', kind: 'service', label: 'Consumer B', owner: 'billing' };
    const markup = renderNode(node, at(node), theme);
    expect(markup).toContain('<title>Service: Consumer B (owner: billing)</title>');
    expect(markup).toMatch(/>SERVICE<\/text>/);
    expect(markup).toMatch(/font-weight="600"[^>]*>Consumer B<\/text>/);
    expect(markup).toMatch(new RegExp(`fill="${theme.kinds.service.stroke}">billing</text>`));
  });

  it('leaves the owner out when unset', () => {
    const node: FlowNode = { id: 'q', kind: 'queue', label: 'Topic' };
    expect(renderNode(node, at(node), theme).match(/<text /g)).toHaveLength(2);
  });

  it('shows a long label whole, on the lines the canvas draws, inside the box', () => {
    const label = 'Customer notification preferences and consent history service';
    const node: FlowNode = { id: 's', kind: 'store', label };
    const markup = renderNode(node, at(node), theme);
    expect(markup).toContain(`<title>Store: ${label}</title>`);
    const lines = nodeLayout(node).label;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(label);
    for (const line of lines) expect(markup).toContain(`>${line}</text>`);
    expect(markup).not.toContain('…');
    const baselines = [...markup.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...baselines)).toBeLessThan(nodeSize(node).height);
  });
});

describe('renderNodeBadge', () => {
  it('puts the worst severity’s colour and the numbers on the top-right corner', () => {
    const box = { x: 0, y: 0, width: 170, height: 64 };
    const markup = renderNodeBadge(box, { numbers: [1, 4], severity: 'error' }, theme);
    expect(markup).toContain(`fill="${theme.severity.error}"`);
    expect(markup).toContain('>1,4</text>');
    const x = Number(/<text x="([\d.]+)"/.exec(markup)?.[1]);
    expect(x).toBeGreaterThan(150);
  });
});
