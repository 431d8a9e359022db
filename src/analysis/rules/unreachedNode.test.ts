import { describe, expect, it } from 'vitest';
import { check, diagram } from '../testing';
import { unreachedNode } from './unreachedNode';

describe('unreached-node', () => {
  it('flags a node no arrow leads into', () => {
    expect(check(unreachedNode, diagram({ svc: 'service', db: 'store' }, ['svc write db']))).toEqual([
      expect.objectContaining({ severity: 'error', nodes: ['svc'], message: 'No arrow leads into svc (service): nothing on the map says where its data comes from.' }),
    ]);
  });

  it('clears once an arrow leads in, and never flags origin kinds or a node fed by a failure path', () => {
    expect(check(unreachedNode, diagram({ u: 'actor', svc: 'service' }, ['u request svc']))).toEqual([]);
    expect(check(unreachedNode, diagram({ x: 'external', job: 'scheduler' }))).toEqual([]);
    expect(check(unreachedNode, diagram({ u: 'actor', svc: 'service', dlq: 'queue' }, ['u request svc', 'svc failure dlq']))).toEqual([]);
  });
});
