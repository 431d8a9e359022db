import { describe, expect, it } from 'vitest';
import { NODE_SIZE, type FlowDocument, type FlowNode } from '../model';
import { changeEvent, dualWrite, fanOut } from '../templates';
import { autoLayout, layoutDiagram, needsLayout } from './autoLayout';

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

  it('refits each boundary round its own nodes, below its label, with no boundary over another or over an outside node', async () => {
    const doc: FlowDocument = {
      ...fanOut,
      nodes: fanOut.nodes.map((n) => ({ ...n, group: n.id === 'consumerB' || n.id === 'postgres' ? 'billing' : n.id === 'consumerC' || n.id === 'elastic' ? 'search' : undefined })).map((n) => (n.group ? n : (({ group: _none, ...rest }) => rest as FlowNode)(n))),
      groups: [
        { id: 'billing', label: 'Billing team', kind: 'team', position: { x: 0, y: 0 }, size: { width: 200, height: 120 } },
        { id: 'search', label: 'Search team', kind: 'team', position: { x: 0, y: 300 }, size: { width: 200, height: 120 } },
        { id: 'empty', label: 'Later', kind: 'system', position: { x: 400, y: 0 }, size: { width: 160, height: 100 } },
      ],
    };
    const { positions, frames } = await layoutDiagram(doc);
    const box = (n: FlowNode) => ({ ...positions.get(n.id)!, ...NODE_SIZE[n.kind] });
    const inside = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
    const apart = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
    for (const group of ['billing', 'search']) {
      const frame = frames.get(group)!;
      for (const n of doc.nodes) {
        if (n.group === group) {
          expect(inside(box(n), frame)).toBe(true);
          expect(box(n).y - frame.y).toBeGreaterThanOrEqual(40);
        } else expect(apart(box(n), frame)).toBe(true);
      }
    }
    expect(apart(frames.get('billing')!, frames.get('search')!)).toBe(true);
    expect(frames.get('empty')).toMatchObject({ width: 160, height: 100 });
    for (const other of ['billing', 'search']) expect(apart(frames.get('empty')!, frames.get(other)!)).toBe(true);
  });

  it('keeps a boundary drawn inside another inside it after the layout', async () => {
    const doc: FlowDocument = {
      ...fanOut,
      nodes: fanOut.nodes.map((n) => (n.id === 'postgres' ? { ...n, group: 'vault' } : n.id === 'consumerB' ? { ...n, group: 'billing' } : n)),
      groups: [
        { id: 'vault', label: 'Card data', kind: 'trust', position: { x: 20, y: 60 }, size: { width: 200, height: 120 } },
        { id: 'billing', label: 'Billing', kind: 'team', position: { x: 0, y: 0 }, size: { width: 600, height: 400 } },
      ],
    };
    const { positions, frames } = await layoutDiagram(doc);
    const vault = frames.get('vault')!;
    const billing = frames.get('billing')!;
    expect(vault.x).toBeGreaterThan(billing.x);
    expect(vault.y).toBeGreaterThan(billing.y);
    expect(vault.x + vault.width).toBeLessThan(billing.x + billing.width);
    expect(vault.y + vault.height).toBeLessThan(billing.y + billing.height);
    const postgres = positions.get('postgres')!;
    expect(postgres.x).toBeGreaterThan(vault.x);
    expect(postgres.y).toBeGreaterThan(vault.y);
  });
});
