import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { changeEvent, fanOut } from '../templates';
import { lensView } from './lenses';

describe('lenses', () => {
  it('ownership colours each writer of an entity and marks unowned nodes', () => {
    const view = lensView('ownership', fanOut, analyze(fanOut))!;
    expect(view.nodeEntities.get('consumerB')?.map((e) => e.entity)).toEqual(['order']);
    expect(view.nodeEntities.get('consumerC')?.map((e) => e.entity)).toEqual(['order']);
    expect(view.nodeClass.get('user')).toBe('fm-lens--unowned');
    expect(view.nodeClass.has('gateway')).toBe(false);
  });

  it('failure paths say along which arrows data can go wrong, and how', () => {
    const view = lensView('failure', fanOut, analyze(fanOut))!;
    const modes = new Set([...view.edgeModes.values()].flat());
    expect(modes.has('duplicated')).toBe(true);
    expect(modes.has('late')).toBe(true);
    for (const id of view.edgeModes.keys()) expect(view.edgeClass.get(id)).toBe('fm-lens--hot');
  });

  it('a diagram with every failure mitigated has no inferred failure paths', () => {
    const view = lensView('failure', changeEvent, analyze(changeEvent))!;
    expect(view.edgeModes.size).toBe(0);
  });

  it('no lens, no view', () => {
    expect(lensView('none', fanOut, analyze(fanOut))).toBeUndefined();
  });
});
