import { describe, expect, it } from 'vitest';
import { setFact } from './setFact';
import { fanOut } from '../templates';

describe('setFact', () => {
  it('sets a fact on a node or an edge and leaves the rest alone', () => {
    const next = setFact(fanOut, { type: 'node', id: 'consumerB' }, 'idempotent', true);
    expect(next.nodes.find((n) => n.id === 'consumerB')).toMatchObject({ idempotent: true });
    expect(next.nodes.filter((n) => n.id !== 'consumerB')).toEqual(fanOut.nodes.filter((n) => n.id !== 'consumerB'));
    expect(setFact(fanOut, { type: 'edge', id: 'e2' }, 'idempotencyKey', true).edges[1]).toMatchObject({ idempotencyKey: true });
  });

  it('refuses a fact the target kind does not have', () => {
    expect(setFact(fanOut, { type: 'node', id: 'user' }, 'idempotent', true)).toBe(fanOut);
  });
});
