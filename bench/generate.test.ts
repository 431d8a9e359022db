import { describe, expect, it } from 'vitest';
import { loadDocument } from '../src/model';
import { generateDiagram } from './generate';

describe('generateDiagram', () => {
  it.each([10, 200, 2000])('makes a valid diagram of %i nodes with about 1.5 arrows per node', (n) => {
    const doc = generateDiagram(n, 1);
    expect(loadDocument(doc).ok).toBe(true);
    expect(doc.nodes).toHaveLength(n);
    if (n >= 200) expect(doc.edges.length / n).toBeGreaterThan(1.2);
    if (n >= 200) expect(new Set(doc.nodes.map((node) => node.kind)).size).toBe(8);
  });

  it('is deterministic from the seed', () => {
    expect(generateDiagram(300, 42)).toEqual(generateDiagram(300, 42));
    expect(generateDiagram(300, 42)).not.toEqual(generateDiagram(300, 43));
  });
});
