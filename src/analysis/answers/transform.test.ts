import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../../model';
import { contextOf, diagram } from '../testing';
import { transformAnswer } from './transform';

const answerOf = (doc: FlowDocument, id: string) => transformAnswer(contextOf(doc), doc.nodes.findIndex((n) => n.id === id));

describe('transform answers', () => {
  const doc = diagram(
    { u: 'actor', v: ['service', { transforms: ['validate'] }], e: ['service', { transforms: ['enrich', 'map'] }], db: 'store', raw: 'store' },
    ['u request v', 'v request e', 'e write db', 'u request raw'],
  );

  it('lists who transforms the data on the way, as chains from the origin with the hops counted', () => {
    expect(answerOf(doc, 'db')).toEqual({
      summary: 'Transformed 2 times on the way from u: v (validate) → e (enrich, map).',
      by: ['v', 'e'],
      chains: [{ path: ['u', 'v', 'e', 'db'], transformingHops: 2 }],
      unknowns: [],
    });
    expect(answerOf(doc, 'v').summary).toBe('Transformed once on the way from u: v (validate).');
  });

  it('says when data arrives unchanged, when it is born here, and when no origin reaches', () => {
    expect(answerOf(doc, 'raw').summary).toBe('raw gets its data unchanged from u: nothing on the way transforms it.');
    expect(answerOf(doc, 'u').summary).toBe('Data is born at u.');
    const loop = diagram({ a: 'service', b: 'service' }, ['a request b', 'b request a']);
    expect(answerOf(loop, 'a')).toMatchObject({ summary: 'No origin reaches a, so nothing says how its data changes.', chains: [], by: [] });
  });

  it('counts the transforming nodes left out of a very long chain', () => {
    const n = 14;
    const long = diagram(
      Object.fromEntries([['u', 'actor'], ...Array.from({ length: n }, (_, i) => [`t${i}`, ['service', { transforms: ['map'] }]])]),
      ['u request t0', ...Array.from({ length: n - 1 }, (_, i) => `t${i} request t${i + 1}`)],
    );
    const last = answerOf(long, `t${n - 1}`);
    expect(last.chains[0]).toMatchObject({ transformingHops: n, elided: 4 });
    expect(last.summary).toMatch(/^Transformed 14 times on the way from u: … 4 more → t4 \(map\)/);
  });

  it('lists every transforming node upstream, not one chain per origin', () => {
    const twoPaths = diagram({
      kiosk: 'actor', mobile: ['service', { transforms: ['validate'] }], web: ['service', { transforms: ['validate', 'map'] }], ledger: 'store',
    }, ['kiosk request mobile', 'kiosk request web', 'mobile write ledger', 'web write ledger']);
    expect(answerOf(twoPaths, 'ledger').by).toEqual(['mobile', 'web']);
  });
});
