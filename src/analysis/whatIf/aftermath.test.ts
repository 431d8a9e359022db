import { describe, expect, it } from 'vitest';
import { diagram } from '../testing';

type Facts = Record<string, unknown>;
import { effects, onEdge, onNode, stopsAt } from './testing';

describe('a copy fed from a failed writer', () => {
  const doc = (copy: Facts = {}) => diagram(
    { q: 'queue', b: 'service', c: 'service', pg: ['store', { entities: ['order'] }], es: ['store', { entities: ['order'], ...copy }] },
    ['q consume b', 'q consume c', 'b write pg', 'c write es'],
  );

  it('goes stale while another copy keeps up', () => {
    const r = onNode(doc(), 'c');
    expect(effects(r, 'es')).toEqual(['stale', 'late']);
    expect(r.silent).toEqual(['es']);
    expect(r.steps.at(-1)?.mitigation).toEqual({ target: { type: 'node', id: 'es' }, fact: 'reconciliation', value: true });
  });

  it('stays only late when it is reconciled', () => {
    const r = onNode(doc({ reconciliation: true }), 'c');
    expect(effects(r, 'es')).toEqual(['late']);
    expect(stopsAt(r, 'es')).toEqual(['reconciliation']);
    expect(r.silent).toEqual([]);
  });

  it('is not stale when every copy falls behind together', () => {
    const r = onNode(doc(), 'q', 'slow');
    expect(effects(r, 'es')).toEqual(['late']);
    expect(effects(r, 'pg')).toEqual(['late']);
  });
});

describe('what a refused write never reaches', () => {
  const doc = diagram({ user: 'actor', api: 'service', db: 'store', q: 'queue', c: 'service' }, ['user request api', 'api write db', 'db cdc q', 'q consume c']);

  it('goes quiet, with no effect, downstream of a down node fed only by calls', () => {
    const r = onNode(doc, 'api');
    expect(r.quiet).toEqual(['db', 'q', 'c']);
    expect(effects(r, 'db')).toEqual([]);
    expect(r.steps.at(-1)?.kind).toBe('quiet');
  });

  it('goes quiet behind a down arrow too, but not behind a node fed by a queue', () => {
    expect(onEdge(doc, 'e2').quiet).toEqual(['db', 'q', 'c']);
    expect(onNode(doc, 'c').quiet).toEqual([]);
  });
});
