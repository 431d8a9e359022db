import { describe, expect, it } from 'vitest';
import { check, diagram } from '../testing';
import { danglingEdge } from './danglingEdge';

describe('dangling-edge', () => {
  it('flags an arrow to or from a node that is not on the map', () => {
    expect(check(danglingEdge, diagram({ svc: 'service' }, ['svc write ghost', 'nobody request nothing']))).toEqual([
      expect.objectContaining({ severity: 'error', nodes: ['svc'], edges: ['e1'], message: 'Arrow e1 connects "ghost", which is not on the map.' }),
      expect.objectContaining({ nodes: [], edges: ['e2'], message: 'Arrow e2 connects "nobody" and "nothing", which are not on the map.' }),
    ]);
  });

  it('clears once the node exists', () => {
    expect(check(danglingEdge, diagram({ svc: 'service', ghost: 'store' }, ['svc write ghost']))).toEqual([]);
  });
});
