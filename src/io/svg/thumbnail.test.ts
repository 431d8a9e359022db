import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, FORMAT, KIND_SPEC, NODE_SIZE, type FlowDocument, type FlowNode } from '../../model';
import { thumbnailOf } from './thumbnail';

const doc = (nodes: FlowNode[], edges: FlowDocument['edges'] = []): FlowDocument => ({ format: FORMAT, version: CURRENT_VERSION, title: 't', nodes, edges });
const at = (id: string, kind: FlowNode['kind'], x: number, y: number): FlowNode => ({ id, kind, label: id, position: { x, y } });

describe('thumbnailOf', () => {
  it('draws each node as a box in its kind’s colour and fits the view around them', () => {
    const thumb = thumbnailOf(doc([at('a', 'store', 0, 0), at('b', 'queue', 400, 200)]));
    expect(thumb.boxes.map(({ id, colour }) => [id, colour])).toEqual([
      ['a', KIND_SPEC.store.colour],
      ['b', KIND_SPEC.queue.colour],
    ]);
    expect(thumb.boxes[0]).toMatchObject({ x: 0, y: 0, ...NODE_SIZE.store });
    const { viewBox } = thumb;
    for (const box of thumb.boxes) {
      expect(box.x).toBeGreaterThan(viewBox.x);
      expect(box.y).toBeGreaterThan(viewBox.y);
      expect(box.x + box.width).toBeLessThan(viewBox.x + viewBox.width);
      expect(box.y + box.height).toBeLessThan(viewBox.y + viewBox.height);
    }
  });

  it('draws arrows from border to border and leaves out loops and arrows to missing nodes', () => {
    const thumb = thumbnailOf(
      doc([at('a', 'service', 0, 0), at('b', 'store', 400, 0)], [
        { id: 'ab', source: 'a', target: 'b', kind: 'write' },
        { id: 'aa', source: 'a', target: 'a', kind: 'request' },
      ]),
    );
    expect(thumb.arrows.map((arrow) => arrow.id)).toEqual(['ab']);
    // Leaves a's right side (x = 170) and ends just short of b's left side (x = 400).
    expect(thumb.arrows[0]!.d).toMatch(/^M170 32C.* 396 38$/);
  });

  it('stays cheap for a huge diagram: at most the limits are drawn, and it says how many nodes were left out', () => {
    const nodes = Array.from({ length: 50 }, (_, i) => at(`n${i}`, 'service', i * 200, 0));
    const edges = nodes.slice(1).map((node, i) => ({ id: `e${i}`, source: `n${i}`, target: node.id, kind: 'request' as const }));
    const thumb = thumbnailOf(doc(nodes, edges), { nodes: 10, arrows: 5 });
    expect(thumb.boxes).toHaveLength(10);
    expect(thumb.arrows).toHaveLength(5);
    expect(thumb.omitted).toBe(40);
  });

  it('places nodes with no position, and gives an empty diagram a blank frame', () => {
    expect(thumbnailOf(doc([{ id: 'u', kind: 'actor', label: 'u' }])).boxes).toHaveLength(1);
    const empty = thumbnailOf(doc([]));
    expect(empty.boxes).toEqual([]);
    expect(empty.viewBox.width).toBeGreaterThan(0);
  });
});
