import { describe, expect, it } from 'vitest';
import { NODE_SIZE, type FlowNode } from '../../model';
import { renderNode, renderNodeBadge } from './nodes';
import { themeFor } from './theme';

const theme = themeFor('light');
const at = (node: FlowNode) => ({ x: 0, y: 0, ...NODE_SIZE[node.kind] });

describe('renderNode', () => {
  it('draws the label, the kind caption and the owner, with an accessible title', () => {
    const node: FlowNode = { id: 'b', kind: 'service', label: 'Consumer B', owner: 'billing' };
    const markup = renderNode(node, at(node), theme);
    expect(markup).toContain('<title>Service: Consumer B (owner: billing)</title>');
    expect(markup).toMatch(/font-weight="600"[^>]*>Consumer B<\/text>/);
    expect(markup).toContain(`>Service · <tspan fill="${theme.kinds.service.stroke}" font-weight="600">billing</tspan>`);
  });

  it('leaves the owner out when unset', () => {
    const node: FlowNode = { id: 'q', kind: 'queue', label: 'Topic' };
    expect(renderNode(node, at(node), theme)).toMatch(/>Queue \/ topic<\/text>/);
  });

  it('cuts a label wider than the box with an ellipsis, keeping it whole in the title', () => {
    const label = 'An extraordinarily long label for one small box';
    const node: FlowNode = { id: 's', kind: 'store', label };
    const markup = renderNode(node, at(node), theme);
    expect(markup).toContain(`<title>Store: ${label}</title>`);
    expect(markup).toMatch(/>An extra[^<]*…<\/text>/);
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
