import { describe, expect, it } from 'vitest';
import { updateAnnotation, updateEdge, updateNode } from './updateElement';
import { docOf } from './testing';

const doc = docOf(
  [
    { id: 'a', kind: 'service', label: 'A', idempotent: false, transforms: ['map'] },
    { id: 'q', kind: 'queue', label: 'Q' },
  ],
  [{ id: 'e', source: 'a', target: 'q', kind: 'failure', mode: 'retry' }],
);

describe('updateNode', () => {
  it('sets and clears facts (undefined makes a fact unknown again)', () => {
    const set = updateNode(doc, 'a', { deadLetter: true, idempotent: undefined });
    expect(set.ok && set.doc.nodes[0]).toEqual({ id: 'a', kind: 'service', label: 'A', transforms: ['map'], deadLetter: true });
    expect(set.ok && set.doc.nodes[1]).toBe(doc.nodes[1]);
  });

  it('refuses an invalid value with the field named and leaves the document alone', () => {
    expect(updateNode(doc, 'a', { label: '' })).toEqual({ ok: false, error: expect.stringMatching(/^label: /) });
    expect(updateNode(doc, 'a', { ttlSeconds: 5 })).toMatchObject({ ok: false });
    expect(updateNode(doc, 'zz', { label: 'x' })).toMatchObject({ ok: false });
  });

  it('changing the kind drops facts the new kind does not have and keeps the common ones', () => {
    const result = updateNode(doc, 'a', { kind: 'gateway' });
    expect(result.ok && result.doc.nodes[0]).toEqual({ id: 'a', kind: 'gateway', label: 'A', transforms: ['map'] });
  });
});

describe('updateEdge', () => {
  it('validates the schema contract format', () => {
    expect(updateEdge(doc, 'e', { schema: 'orders' })).toEqual({ ok: false, error: 'schema: expected "name@version"' });
    expect(updateEdge(doc, 'e', { schema: 'orders@2' })).toMatchObject({ ok: true });
  });

  it('leaving the failure kind drops the mode', () => {
    const result = updateEdge(doc, 'e', { kind: 'publish' });
    expect(result.ok && result.doc.edges[0]).toEqual({ id: 'e', source: 'a', target: 'q', kind: 'publish' });
  });
});

describe('updateAnnotation', () => {
  const framed = { ...doc, groups: [{ id: 'g', label: 'G', kind: 'team' as const, position: { x: 0, y: 0 }, size: { width: 10, height: 10 } }] };
  it('changes a boundary’s label, kind and owner, validated, and names what it cannot find', () => {
    const result = updateAnnotation(framed, 'group', 'g', { kind: 'region', owner: 'payments' });
    expect(result.ok && result.doc.groups![0]).toMatchObject({ kind: 'region', owner: 'payments' });
    expect(updateAnnotation(framed, 'group', 'g', { kind: 'zone' })).toMatchObject({ ok: false, error: expect.stringMatching(/^kind: /) });
    expect(updateAnnotation(framed, 'note', 'g', { text: 'x' })).toEqual({ ok: false, error: 'no note "g"' });
  });
});

