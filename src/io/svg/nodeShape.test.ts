import { describe, expect, it } from 'vitest';
import { NODE_KINDS, NODE_SIZE } from '../../model';
import { contentArea, nodeShape } from './nodeShape';

const paint = { fill: '#eeeeee', stroke: '#333333' };
const boxOf = (kind: (typeof NODE_KINDS)[number]) => ({ x: 10, y: 20, ...NODE_SIZE[kind] });

describe('nodeShape', () => {
  it('draws every kind differently', () => {
    const shapes = NODE_KINDS.map((kind) => nodeShape(kind, boxOf(kind), paint));
    expect(new Set(shapes).size).toBe(NODE_KINDS.length);
  });

  it('draws the shapes of the editor: cylinder, pipe, hexagon, stadium, double border, dashed cylinder', () => {
    expect(nodeShape('store', boxOf('store'), paint)).toMatch(/<path d="M10 29A80 9 /);
    expect(nodeShape('queue', boxOf('queue'), paint)).toMatch(/<path d="M21 20H179A11 28 /);
    expect(nodeShape('gateway', boxOf('gateway'), paint)).toContain('<polygon points="26,20 164,20 180,52 164,84 26,84 10,52"');
    expect(nodeShape('actor', boxOf('actor'), paint)).toContain('rx="32"');
    expect(nodeShape('external', boxOf('external'), paint).match(/<rect /g)).toHaveLength(2);
    expect(nodeShape('cache', boxOf('cache'), paint)).toContain('stroke-dasharray="5 3"');
    expect(nodeShape('store', boxOf('store'), paint)).not.toContain('stroke-dasharray');
  });
});

describe('contentArea', () => {
  it('stays inside the box and leaves room for the marks', () => {
    for (const kind of NODE_KINDS) {
      const box = boxOf(kind);
      const area = contentArea(kind, box);
      expect(area.left).toBeGreaterThan(box.x);
      expect(area.right).toBeLessThan(box.x + box.width);
      expect(area.right - area.left).toBeGreaterThan(90);
    }
    expect(contentArea('actor', boxOf('actor')).left).toBeGreaterThan(contentArea('service', boxOf('actor')).left);
  });
});
