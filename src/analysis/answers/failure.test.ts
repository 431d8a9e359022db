import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../../model';
import { contextOf, diagram, withFacts } from '../testing';
import { failureAnswer } from './failure';

const answerOf = (doc: FlowDocument, id: string) => failureAnswer(contextOf(doc), doc.nodes.findIndex((n) => n.id === id));

describe('failure answers', () => {
  const doc = diagram({ q: ['queue', { deadLetter: true }], b: ['service', { deadLetter: true, idempotent: true }] }, [['q consume b', { schema: 'E@1' }]]);

  it('sums up the open modes, the covered ones and the unknown facts they rest on', () => {
    const b = answerOf(doc, 'b');
    expect(b.summary).toBe(
      'Data at b can go wrong: late (it comes through q, whose consumers can fall behind with no lag alert). ' +
      'Covered: duplicated (it is idempotent); silent (dead-letter paths on the way); malformed (every arrow on q declares E@1). ' +
      'Does q alert when its consumers fall behind? Unknown.',
    );
    expect(b.unknowns.map((u) => `${u.target.id}.${u.fact}`)).toEqual(['q.lagAlert']);
  });

  it('says when every mode is covered, and when nothing can go wrong', () => {
    expect(answerOf(withFacts(doc, 'q', { lagAlert: true }), 'b').summary).toMatch(/^Every way data at b can go wrong is covered\. Covered: late \(lag alert on q\)/);
    expect(answerOf(diagram({ u: 'actor' }), 'u')).toEqual({
      summary: 'No async hop, retry, shared copy, second writer or schema contract touches u: the map shows no way for its data to go wrong.',
      modes: [],
      unknowns: [],
    });
  });

  it('asks each unknown fact once', () => {
    const fan = diagram({ q: 'queue', b: 'service', c: 'service' }, ['q consume b', 'q consume c']);
    const asked = answerOf(fan, 'b').unknowns.map((u) => `${u.target.id}.${u.fact}`);
    expect(asked).toEqual([...new Set(asked)]);
    expect(asked).toEqual(expect.arrayContaining(['q.lagAlert', 'q.delivery', 'b.idempotent', 'b.deadLetter']));
  });
});
