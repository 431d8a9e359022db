import { describe, expect, it } from 'vitest';
import type { Edge, Node } from '@xyflow/react';
import { createWindowHolder, heldElements, stillServes, viewBox, windowAround } from './viewWindow';

const node = (id: string, x: number, y: number, extra: Partial<Node> = {}): Node => ({ id, type: 'kind', position: { x, y }, width: 100, height: 50, data: {}, ...extra });
const edge = (id: string, source: string, target: string, extra: Partial<Edge> = {}): Edge => ({ id, source, target, ...extra });
const nothingKept = () => false;

describe('viewBox and windowAround', () => {
  it('turn React Flow’s transform into the part of the diagram on screen, and grow it by half a view on each side', () => {
    const view = viewBox([-200, -100, 0.5], 800, 600);
    expect(view).toEqual({ x: 400, y: 200, width: 1600, height: 1200 });
    expect(windowAround(view)).toEqual({ x: -400, y: -400, width: 3200, height: 2400 });
  });
});

describe('stillServes', () => {
  const view = { x: 0, y: 0, width: 1000, height: 800 };
  const window = windowAround(view);
  it('keeps the window while the view pans within its inner part', () => {
    expect(stillServes(window, { ...view, x: 240, y: -190 })).toBe(true);
  });
  it('moves it when the view pans past the inner part, zooms out past it, or zooms far in', () => {
    expect(stillServes(window, { ...view, x: 260 })).toBe(false);
    expect(stillServes(window, { x: -300, y: -300, width: 1600, height: 1400 })).toBe(false);
    expect(stillServes(window, { x: 400, y: 300, width: 400, height: 300 })).toBe(false);
  });
});

describe('heldElements', () => {
  const nodes = [node('in', 0, 0), node('far', 5000, 0), node('farther', 9000, 0), node('left', -5000, 0), node('right', 5000, 3000), node('frame', 20000, 20000, { type: 'boundary' }), node('picked', 30000, 0, { selected: true })];
  const edges = [edge('out', 'in', 'far'), edge('apart', 'far', 'farther'), edge('across', 'left', 'right'), edge('chosen', 'farther', 'farther', { selected: true })];
  const window = { x: -100, y: -100, width: 400, height: 300 };
  const kept = (n: Node) => !!n.selected || n.type !== 'kind';

  it('holds the nodes in the window, the far ends of their arrows, arrows that may cross it, and what is kept anywhere, in document order', () => {
    const held = heldElements(nodes, edges, window, kept);
    expect(held.nodes.map((n) => n.id)).toEqual(['in', 'far', 'farther', 'left', 'right', 'frame', 'picked']);
    expect(held.edges.map((e) => e.id)).toEqual(['out', 'across', 'chosen']);
  });

  it('holds nothing of a diagram far from the window, and everything of one inside it', () => {
    expect(heldElements(nodes, edges.slice(0, 3), { x: 50000, y: 0, width: 10, height: 10 }, nothingKept)).toEqual({ nodes: [], edges: [] });
    const all = heldElements(nodes, edges, { x: -10000, y: -10000, width: 50000, height: 50000 }, nothingKept);
    expect(all.nodes).toEqual(nodes);
    expect(all.edges).toEqual(edges);
  });
});

describe('createWindowHolder', () => {
  it('hands back the lists it returned last while their items are the same, and new ones when they change', () => {
    const hold = createWindowHolder<Node, Edge>();
    const nodes = [node('a', 0, 0), node('b', 200, 0), node('far', 9000, 0)];
    const edges = [edge('ab', 'a', 'b')];
    const window = { x: -100, y: -100, width: 600, height: 300 };
    const first = hold(nodes, edges, window, nothingKept);
    // One node relabelled (a new object): the nodes held change, the arrows held do not.
    const relabelled = [nodes[0]!, { ...nodes[1]!, data: { label: 'B' } }, nodes[2]!];
    const second = hold(relabelled, [...edges], window, nothingKept);
    expect(second.edges).toBe(first.edges);
    expect(second.nodes).not.toBe(first.nodes);
    expect(second.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(hold(relabelled, edges, window, nothingKept).nodes).toBe(second.nodes);
  });
});
