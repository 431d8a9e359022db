import { describe, expect, it } from 'vitest';
import { NODE_KINDS, type FlowNode } from '../../model';
import { connect, defaultEdgeKind } from './connect';
import { docOf } from './testing';

describe('defaultEdgeKind', () => {
  it.each([
    ['service', 'queue', 'publish'],
    ['queue', 'service', 'consume'],
    ['service', 'store', 'write'],
    ['store', 'service', 'read'],
    ['store', 'queue', 'cdc'],
    ['store', 'cache', 'replicate'],
    ['actor', 'gateway', 'request'],
    ['gateway', 'service', 'request'],
  ] as const)('%s → %s is %s', (source, target, kind) => {
    expect(defaultEdgeKind(source, target)).toBe(kind);
  });
});

describe('connect', () => {
  const nodes = NODE_KINDS.map((kind) => ({ id: kind, kind, label: kind }) as FlowNode);
  it('draws an arrow with the default kind and a fresh id', () => {
    const { doc, id } = connect(docOf(nodes), 'service', 'queue');
    expect(doc.edges).toEqual([{ id, source: 'service', target: 'queue', kind: 'publish' }]);
    expect(id).toMatch(/^e-[0-9a-z]{8}$/);
    const second = connect(doc, 'service', 'store', 'read');
    expect(second.doc.edges[1]).toMatchObject({ id: second.id, kind: 'read' });
    expect(second.id).not.toBe(id);
  });

  it('refuses a second arrow of the same kind and direction between the same nodes, and says why', () => {
    const once = connect(docOf(nodes), 'service', 'queue').doc;
    const twice = connect(once, 'service', 'queue');
    expect(twice.doc).toBe(once);
    expect(twice.id).toBeUndefined();
    expect(twice.refused).toBe('Not drawn: there is already a publish arrow from service to queue.');
    // Another kind, or the other way round, is a different statement.
    expect(connect(once, 'service', 'queue', 'failure').id).toBeDefined();
    expect(connect(once, 'queue', 'service').id).toBeDefined();
  });

  it('refuses self-loops and missing ends', () => {
    const doc = docOf(nodes);
    expect(connect(doc, 'service', 'service').doc).toBe(doc);
    expect(connect(doc, 'service', 'nowhere').doc).toBe(doc);
  });
});
