import { describe, expect, it } from 'vitest';
import type { FlowEdge } from '../../model';
import { layoutEdges, renderEdgePath, renderEdgeTag } from './edges';
import { themeFor } from './theme';

const theme = themeFor('light');
const boxes = new Map([
  ['a', { x: 0, y: 0, width: 170, height: 64 }],
  ['b', { x: 400, y: 0, width: 170, height: 64 }],
  ['near', { x: 220, y: 0, width: 170, height: 64 }],
]);
const edge = (id: string, source: string, target: string, extra: Partial<FlowEdge> = {}): FlowEdge => ({ id, source, target, kind: 'request', ...extra });

describe('layoutEdges', () => {
  it('draws self loops and skips edges to missing nodes', () => {
    const layouts = layoutEdges([edge('ok', 'a', 'b'), edge('loop', 'a', 'a'), edge('dangling', 'a', 'ghost'), edge('orphan', 'ghost', 'b')], boxes, new Map());
    expect(layouts.map((layout) => layout.edge.id)).toEqual(['ok', 'loop']);
    const loop = layouts[1]!;
    // The loop's label sits outside its node.
    expect(loop.tag.x >= 170 || loop.tag.y + loop.tag.height <= 0).toBe(true);
  });

  it('labels an edge with its kind, then its whole label', () => {
    const long = 'create the order and reserve every item in the basket';
    const [plain, labelled, longer] = layoutEdges([edge('p', 'a', 'b', { kind: 'publish' }), edge('l', 'b', 'a', { label: 'POST\n/orders' }), edge('x', 'a', 'near', { label: long })], boxes, new Map());
    expect(plain!.label).toBe('publish');
    expect(labelled!.label).toBe('request · POST /orders');
    expect(longer!.label).toBe(`request · ${long}`);
  });

  it('centres the pill on a long arrow, and lifts it off the nodes beside a short one', () => {
    const long = layoutEdges([edge('e', 'a', 'b', { label: 'create order' })], boxes, new Map())[0]!;
    expect(long.tag.y + long.tag.height / 2).toBe(32);
    const short = layoutEdges([edge('e', 'a', 'near', { label: 'create order' })], boxes, new Map())[0]!;
    expect(short.tag.y + short.tag.height).toBeLessThanOrEqual(0);
  });

  it('starts a backward arrow on the side facing its target', () => {
    const back = layoutEdges([edge('e', 'b', 'a')], boxes, new Map())[0]!;
    expect(back.route.start.x).toBe(400);
    expect(back.route.end.x).toBeGreaterThan(170);
  });
});

describe('renderEdgePath', () => {
  it('draws an arrow, dashed and red for failure edges', () => {
    const [request, failure] = layoutEdges([edge('r', 'a', 'b'), edge('f', 'a', 'near', { kind: 'failure', mode: 'retry' })], boxes, new Map());
    const plain = renderEdgePath(request!, theme);
    expect(plain).toContain('marker-end="url(#fm-arrow)"');
    expect(plain).not.toContain('stroke-dasharray');
    expect(plain).toMatch(/d="M170 32C/);
    expect(plain).toContain('stroke-width="1.75"');
    const dashed = renderEdgePath(failure!, theme);
    expect(dashed).toContain('stroke-dasharray="6 4"');
    expect(dashed).toContain(`stroke="${theme.failure}"`);
    expect(dashed).toContain('marker-end="url(#fm-arrow-failure)"');
  });
});

describe('renderEdgeTag', () => {
  it('shows the label in a pill with the full text as its tooltip, and the badge when the edge has findings', () => {
    const marks = new Map([['r', { numbers: [2, 5], severity: 'warning' as const }]]);
    const [withFindings, without] = layoutEdges([edge('r', 'a', 'b', { label: '<b>' }), edge('s', 'b', 'a')], boxes, marks);
    const tag = renderEdgeTag(withFindings!, theme);
    expect(tag).toContain('<title>request · &lt;b&gt;</title>');
    expect(tag).toContain('>request · &lt;b&gt;</text>');
    expect(tag).toContain('>2,5</text>');
    expect(tag).toContain(`fill="${theme.severity.warning}"`);
    expect(renderEdgeTag(without!, theme)).not.toContain('fm-badge');
  });
});
