import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph';
import { diagram } from '../testing';
import { findContracts } from './contracts';

const statusOf = (schemas: (string | undefined)[]) => {
  const doc = diagram(
    { a: 'service', q: 'queue', b: 'service', c: 'service' },
    (['a publish q', 'q consume b', 'q consume c'] as const).map((line, i) => [line, schemas[i] ? { schema: schemas[i] } : {}] as [string, object]),
  );
  return findContracts(buildGraph(doc))[0]!;
};

describe('findContracts', () => {
  it('agrees when every arrow declares the same schema', () => {
    expect(statusOf(['Order@2', 'Order@2', 'Order@2']).status).toBe('agreed');
  });

  it('conflicts on a different version or name, listing the arrows of each', () => {
    expect(statusOf(['Order@2', 'Order@1', 'Order@2'])).toEqual({
      queue: 1,
      status: 'conflict',
      edges: [0, 1, 2],
      schemas: [{ schema: 'Order@2', edges: [0, 2] }, { schema: 'Order@1', edges: [1] }],
      unstated: [],
    });
    expect(statusOf(['Order@2', 'Purchase@2', 'Order@2']).status).toBe('conflict');
  });

  it('is partial when some arrows declare none, and none when no arrow does', () => {
    expect(statusOf(['Order@2', undefined, 'Order@2'])).toMatchObject({ status: 'partial', unstated: [1] });
    expect(statusOf([undefined, undefined, undefined]).status).toBe('none');
  });

  it('skips queues with no arrows', () => {
    expect(findContracts(buildGraph(diagram({ q: 'queue' })))).toEqual([]);
  });
});
