import { describe, expect, it } from 'vitest';
import { simulate } from '../analysis';
import { fanOut } from '../templates';
import { whatIfLens } from './whatIfLens';

describe('the what-if lens', () => {
  it('colours what Consumer C being down reaches by its worst effect, and dims the rest', () => {
    const view = whatIfLens(fanOut, simulate(fanOut, { target: { type: 'node', id: 'consumerC' }, kind: 'down' }));
    expect(view.nodeClass.get('consumerC')).toBe('fm-whatif fm-whatif--failed fm-whatif--fault');
    expect(view.nodeClass.get('elastic')).toBe('fm-whatif fm-whatif--stale');
    for (const id of ['consumerB', 'postgres', 'user']) expect(view.nodeClass.get(id)).toBe('fm-lens--dim');
    expect(view.edgeClass.get('e6')).toBe('fm-whatif fm-whatif--late');
    expect(view.edgeClass.get('e5')).toBe('fm-lens--dim');
    expect(view.edgeModes.get('e8')).toEqual(['late']);
  });

  it('runs the spread back up a failing call, against the arrow', () => {
    const view = whatIfLens(fanOut, simulate(fanOut, { target: { type: 'node', id: 'serviceA' }, kind: 'down' }));
    expect(view.edgeClass.get('e3')).toBe('fm-whatif fm-whatif--failed fm-whatif--against');
    expect(view.edgeClass.get('e4')).toBe('fm-lens--dim');
  });

  it('marks a faulty arrow as the fault', () => {
    const view = whatIfLens(fanOut, simulate(fanOut, { target: { type: 'edge', id: 'e8' }, kind: 'drop' }));
    expect(view.edgeClass.get('e8')).toBe('fm-whatif fm-whatif--lost fm-whatif--fault');
  });
});
