import { describe, expect, it } from 'vitest';
import { reconnect } from './reconnect';
import { docOf } from './testing';

const doc = docOf(
  [
    { id: 'svc', kind: 'service', label: 'S' },
    { id: 'q', kind: 'queue', label: 'Q' },
    { id: 'db', kind: 'store', label: 'DB' },
  ],
  [
    { id: 'auto', source: 'svc', target: 'q', kind: 'publish', schema: 'order@1' },
    { id: 'chosen', source: 'svc', target: 'q', kind: 'failure', mode: 'retry' },
  ],
);

describe('reconnect', () => {
  it('moves an end; a default kind follows the new ends, other fields stay', () => {
    expect(reconnect(doc, 'auto', 'svc', 'db').edges[0]).toEqual({ id: 'auto', source: 'svc', target: 'db', kind: 'write', schema: 'order@1' });
  });

  it('keeps a kind someone chose', () => {
    expect(reconnect(doc, 'chosen', 'svc', 'db').edges[1]).toMatchObject({ target: 'db', kind: 'failure', mode: 'retry' });
  });

  it('refuses a move that makes the arrow a copy of another one', () => {
    const withWrite = { ...doc, edges: [...doc.edges, { id: 'w', source: 'svc', target: 'db', kind: 'write' as const }] };
    expect(reconnect(withWrite, 'auto', 'svc', 'db')).toBe(withWrite);
  });

  it('refuses self-loops, unknown nodes and unknown arrows', () => {
    expect(reconnect(doc, 'auto', 'svc', 'svc')).toBe(doc);
    expect(reconnect(doc, 'auto', 'svc', 'nowhere')).toBe(doc);
    expect(reconnect(doc, 'nope', 'svc', 'db')).toBe(doc);
  });
});
