import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph';
import { diagram } from '../testing';
import { deriveContext } from './context';

describe('deriveContext', () => {
  const ctx = deriveContext(buildGraph(diagram({ u: 'actor', q: 'queue', b: 'service' }, ['u publish q', 'q consume b'])));

  it('computes what only the answers need once, when first asked', () => {
    expect(ctx.origins).toBe(ctx.origins);
    expect(ctx.asyncHops).toBe(ctx.asyncHops);
    expect(ctx.origins.sources[2]!.items).toEqual([0]);
    expect(ctx.asyncHops.behind.cause[2]).toBe(1);
  });
});
