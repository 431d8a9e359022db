import { describe, expect, it } from 'vitest';
import { check, diagram } from '../testing';
import { edgeKind } from './edgeKind';

const nodes = { svc: 'service', q: 'queue', db: 'store', c: 'cache', x: 'external', u: 'actor' } as const;
const kinds = (lines: string[]) => check(edgeKind, diagram(nodes, lines));

describe('edge-kind', () => {
  it('accepts the arrows that fit their ends', () => {
    expect(kinds([
      'u request svc', 'svc request x', 'svc publish q', 'q consume svc', 'svc write db', 'svc write c',
      'db read svc', 'x read svc', 'db cdc q', 'db replicate c', 'svc failure q', 'q failure svc',
    ])).toEqual([]);
  });

  it('flags an arrow kind that makes no sense for its ends, suggesting the one that fits', () => {
    const [consume, publish, write, cdc] = kinds(['svc consume db', 'svc publish db', 'svc write q', 'q cdc svc']);
    expect(consume).toMatchObject({ severity: 'error', nodes: ['svc', 'db'], edges: ['e1'] });
    expect(consume!.message).toBe('The "consume" arrow from svc to db means out of a queue, but it goes from a service to a store.');
    expect(consume!.fix).toBe('Make it a "write" arrow (into a store or cache), or reconnect it.');
    expect(publish!.fix).toMatch(/"write"/);
    expect(write!.fix).toMatch(/"publish"/);
    expect(cdc!.fix).toMatch(/"consume"/);
  });

  it('says so when no arrow kind fits', () => {
    expect(kinds(['q publish u'])[0]!.fix).toBe('Reconnect it: no arrow kind goes from a queue to an actor; put the node that does the work in between.');
  });
});
