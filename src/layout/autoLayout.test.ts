import { describe, expect, it } from 'vitest';
import { NODE_SIZE, type FlowDocument, type FlowNode } from '../model';
import { changeEvent, dualWrite, fanOut } from '../templates';
import { autoLayout, needsLayout } from './autoLayout';

const withoutPositions = (doc: FlowDocument): FlowDocument => ({ ...doc, nodes: doc.nodes.map(({ position: _drop, ...n }) => n as FlowNode) });

function overlaps(doc: FlowDocument): boolean {
  const boxes = doc.nodes.map((n) => ({ ...n.position!, ...NODE_SIZE[n.kind] }));
  return boxes.some((a, i) => boxes.some((b, j) => i < j && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height));
}

describe('autoLayout', () => {
  it('lays a chain out left to right, without touching the input', async () => {
    const doc = withoutPositions(fanOut);
    const snapshot = structuredClone(doc);
    const laid = await autoLayout(doc);
    expect(doc).toEqual(snapshot);
    expect(needsLayout(doc)).toBe(true);
    expect(needsLayout(laid)).toBe(false);
    const x = (id: string) => laid.nodes.find((n) => n.id === id)!.position!.x;
    expect(x('user')).toBeLessThan(x('gateway'));
    expect(x('gateway')).toBeLessThan(x('serviceA'));
    expect(x('topic')).toBeLessThan(x('consumerB'));
    expect(x('consumerB')).toBeLessThan(x('postgres'));
  });

  it('no two nodes overlap in any template', async () => {
    for (const template of [fanOut, dualWrite, changeEvent]) expect(overlaps(await autoLayout(withoutPositions(template)))).toBe(false);
  });

  it('onlyMissing keeps every drawn node where it is and puts the rest below, clear of them', async () => {
    const doc: FlowDocument = { ...fanOut, nodes: fanOut.nodes.map((n, i) => (i % 2 ? n : (({ position: _drop, ...rest }) => rest as FlowNode)(n))) };
    const laid = await autoLayout(doc, { onlyMissing: true });
    doc.nodes.forEach((n, i) => {
      if (n.position) expect(laid.nodes[i]!.position).toEqual(n.position);
    });
    expect(overlaps(laid)).toBe(false);
  });

  it('ignores arrows to nodes that do not exist', async () => {
    const doc = { ...withoutPositions(fanOut), edges: [...fanOut.edges, { id: 'ghost', source: 'user', target: 'nowhere', kind: 'request' as const }] };
    expect(needsLayout(await autoLayout(doc))).toBe(false);
  });
});
