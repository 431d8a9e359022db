import { describe, expect, it } from 'vitest';
import { nodeSize, type FlowGroup } from '../../model';
import { boundaryAt, regroup } from './membership';
import { docOf } from './testing';

const frame = (id: string, x: number, y: number, width: number, height: number): FlowGroup => ({ id, label: id, kind: 'team', position: { x, y }, size: { width, height } });
const outer = frame('outer', 0, 0, 1000, 600);
const inner = frame('inner', 100, 100, 400, 300);

describe('boundaryAt', () => {
  it('is the smallest boundary holding the point, or none', () => {
    expect(boundaryAt({ x: 200, y: 200 }, [outer, inner])?.id).toBe('inner');
    expect(boundaryAt({ x: 200, y: 200 }, [inner, outer])?.id).toBe('inner');
    expect(boundaryAt({ x: 800, y: 500 }, [outer, inner])?.id).toBe('outer');
    expect(boundaryAt({ x: 1200, y: 50 }, [outer, inner])).toBeUndefined();
  });
});

describe('regroup', () => {
  const size = nodeSize({ kind: 'service', label: 'S' });
  // Places a node so that its middle is at (x, y).
  const at = (x: number, y: number) => ({ x: x - size.width / 2, y: y - size.height / 2 });
  const doc = {
    ...docOf([
      { id: 'dropped', kind: 'service', label: 'S', position: at(300, 250) },
      { id: 'out', kind: 'service', label: 'S', position: at(1500, 250), group: 'outer' },
      { id: 'edge', kind: 'service', label: 'S', position: at(1000, 250) },
      { id: 'still', kind: 'service', label: 'S', position: at(1500, 900), group: 'inner' },
      { id: 'placed', kind: 'service', label: 'S', group: 'inner' },
    ]),
    groups: [outer, inner],
  };

  it('puts a node in the boundary its middle lies in, takes one dragged out of any out, and leaves the rest alone', () => {
    const next = regroup(doc, ['dropped', 'out', 'edge', 'placed']);
    expect(next.nodes.map((n) => n.group)).toEqual(['inner', undefined, 'outer', 'inner', 'inner']);
    expect('group' in next.nodes[1]!).toBe(false);
    // A node the layout places (no position) keeps its boundary; one not named is not looked at.
    expect(next.nodes[3]).toBe(doc.nodes[3]);
    expect(next.nodes[4]).toBe(doc.nodes[4]);
  });

  it('returns the same document when nothing changes', () => {
    expect(regroup(doc, ['placed'])).toBe(doc);
    expect(regroup(docOf([{ id: 'a', kind: 'service', label: 'A', position: { x: 0, y: 0 } }]), ['a']).groups).toBeUndefined();
  });
});
