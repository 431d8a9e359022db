import { describe, expect, it } from 'vitest';
import { fanOut } from '../../templates';
import { diagram } from '../testing';
import { faultProblem, simulate } from './simulate';
import { effects, onNode } from './testing';

describe('simulate', () => {
  it('refuses an id the map does not have, or a fault the element cannot have', () => {
    expect(faultProblem(fanOut, { target: { type: 'node', id: 'nope' }, kind: 'down' })).toBe('no node "nope"');
    expect(faultProblem(fanOut, { target: { type: 'edge', id: 'serviceA' }, kind: 'down' })).toBe('no arrow "serviceA"');
    expect(faultProblem(fanOut, { target: { type: 'edge', id: 'e1' }, kind: 'schema' as 'down' })).toMatch(/^an arrow cannot be "schema"/);
    expect(faultProblem(fanOut, { target: { type: 'node', id: 'serviceA' }, kind: 'schema' })).toBeUndefined();
    expect(() => simulate(fanOut, { target: { type: 'node', id: 'nope' }, kind: 'down' })).toThrow('no node "nope"');
  });

  it('colours each element by its worst effect', () => {
    const r = onNode(fanOut, 'consumerC');
    expect(r.affected.find((a) => a.id === 'elastic')?.worst).toBe('stale');
  });

  it('reaches round a cycle once', () => {
    const loop = diagram({ a: 'service', b: 'service' }, ['a publish b', 'b publish a']);
    const r = onNode(loop, 'a', 'duplicate');
    expect(effects(r, 'b')).toEqual(['duplicated']);
    expect(r.steps).toHaveLength(3);
  });

  it('faults on a failure arrow change nothing else', () => {
    const doc = diagram({ a: 'service', b: 'queue' }, ['a failure b']);
    const r = simulate(doc, { target: { type: 'edge', id: 'e1' }, kind: 'down' });
    expect(r.affected.map((a) => a.id)).toEqual(['e1']);
    expect(r.steps).toHaveLength(1);
  });
});
