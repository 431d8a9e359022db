import { describe, expect, it } from 'vitest';
import { fanOut } from '../../templates';
import { diagram } from '../testing';
import { mitigationPatch } from './mitigate';
import { onNode } from './testing';

describe('mitigationPatch', () => {
  it('adds to a list fact without dropping what it held, and sets any other fact', () => {
    const doc = diagram({ a: ['service', { transforms: ['enrich'] }], b: 'service' }, ['a request b']);
    expect(mitigationPatch(doc, { target: { type: 'node', id: 'a' }, fact: 'transforms', value: ['validate'] })).toEqual({ transforms: ['enrich', 'validate'] });
    expect(mitigationPatch(doc, { target: { type: 'node', id: 'b' }, fact: 'transforms', value: ['validate'] })).toEqual({ transforms: ['validate'] });
    expect(mitigationPatch(doc, { target: { type: 'node', id: 'b' }, fact: 'idempotent', value: true })).toEqual({ idempotent: true });
    expect(mitigationPatch(doc, { target: { type: 'edge', id: 'gone' }, fact: 'timeoutMs', value: 1000 })).toBeUndefined();
  });

  it('applied, stops the step that offered it: the spread shrinks', () => {
    const before = onNode(fanOut, 'consumerC', 'drop');
    const mitigation = before.steps[0]!.mitigation!;
    const fixed = { ...fanOut, nodes: fanOut.nodes.map((n) => (n.id === mitigation.target.id ? { ...n, ...mitigationPatch(fanOut, mitigation) } : n)) };
    const after = onNode(fixed, 'consumerC', 'drop');
    expect(before.affected.map((a) => a.id)).toContain('elastic');
    expect(after.affected.map((a) => a.id)).toEqual(['consumerC']);
  });
});
