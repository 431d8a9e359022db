import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../../model';
import { contextOf, diagram, withFacts } from '../testing';
import { ownershipAnswer } from './ownership';

const answerOf = (doc: FlowDocument, id: string) => ownershipAnswer(contextOf(doc), doc.nodes.findIndex((n) => n.id === id));

describe('ownership answers', () => {
  const doc = diagram(
    { b: ['service', { owner: 'billing' }], c: 'service', pg: ['store', { owner: 'billing', entities: ['order'] }], es: ['store', { entities: ['order'] }] },
    ['b write pg', 'c write es', ['c write pg', { entities: ['refund'] }]],
  );

  it('lists, for a store, who writes each entity and where its source of truth is, and asks when unknown', () => {
    const pg = answerOf(doc, 'pg');
    expect(pg).toMatchObject({
      owner: 'billing',
      entities: [{ entity: 'order', writers: ['b'], sourceOfTruth: [] }, { entity: 'refund', writers: ['c'], sourceOfTruth: [] }],
    });
    expect(pg.summary).toBe('Team billing owns pg. order: written by b; source of truth: unknown. refund: written by c; source of truth: unknown. Is it the source of truth? Unknown.');
    expect(pg.unknowns).toEqual([expect.objectContaining({ question: 'Is pg the source of truth for order and refund?', fact: 'sourceOfTruth' })]);
  });

  it('names the source of truth once it is declared', () => {
    const known = withFacts(doc, 'pg', { sourceOfTruth: true });
    expect(answerOf(known, 'pg')).toMatchObject({ unknowns: [], summary: expect.stringContaining('order: written by b; this is its source of truth.') });
    expect(answerOf(known, 'es').summary).toBe('No owning team is set for es. order: written by c; source of truth: pg. Is it the source of truth? Unknown.');
  });

  it('gives any other node its owner and where it writes', () => {
    expect(answerOf(doc, 'b')).toEqual({ summary: 'Team billing owns b. It writes into pg.', owner: 'billing', entities: [], unknowns: [] });
  });

  it('takes the owner of a node that names none from its boundary', () => {
    const grouped = diagram({ ingest: ['service', { group: 'data' }], lake: ['store', { group: 'data', owner: 'analytics' }] }, ['ingest write lake'], { data: { owner: 'platform' } });
    expect(answerOf(grouped, 'ingest')).toMatchObject({ owner: 'platform', summary: 'Team platform owns ingest (the owner of its boundary). It writes into lake.' });
    expect(answerOf(grouped, 'lake')).toMatchObject({ owner: 'analytics' });
  });
});
