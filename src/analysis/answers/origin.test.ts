import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../../model';
import { contextOf, diagram } from '../testing';
import { originAnswer } from './origin';

const answerOf = (doc: FlowDocument, id: string) => originAnswer(contextOf(doc), doc.nodes.findIndex((n) => n.id === id));

describe('origin answers', () => {
  const doc = diagram(
    { user: 'actor', api: 'external', job: 'scheduler', gw: 'gateway', v: ['service', { transforms: ['validate'] }], db: 'store', log: 'store' },
    ['user request gw', 'gw request v', 'v write db', 'api read v', 'job request v', 'gw write log'],
  );

  it('names the origins upstream and what each kind implies', () => {
    const db = answerOf(doc, 'db');
    expect(db.sources).toEqual(['user', 'api', 'job']);
    expect(db.moreSources).toBe(false);
    expect(db.summary).toBe('Data at db originates at user (user input), api (an external API) and job (a scheduled job).');
    expect(db.implications).toEqual([
      'User input from user is messy: it must be validated before it is stored — every path here passes a validating step.',
      'api is an external API: flaky — calls need a timeout, retries and a fallback.',
      'job can overlap itself: it needs an overlap guard or idempotent writes.',
    ]);
    expect(db.unknowns.map((u) => `${u.target.id}.${u.fact}`)).toEqual(['job.overlapGuard']);
  });

  it('says where user input arrives unvalidated, and where it is validated', () => {
    expect(answerOf(doc, 'log').implications[0]).toMatch(/it reaches log unvalidated\.$/);
    expect(answerOf(doc, 'v').implications[0]).toMatch(/v validates it\.$/);
  });

  it('says data is born at an origin, and flags a node no arrow leads into', () => {
    expect(answerOf(doc, 'user').summary).toBe('Data is born here: user (user input).');
    const orphan = diagram({ legacy: 'store', svc: 'service' }, ['legacy read svc']);
    expect(answerOf(orphan, 'svc').implications).toEqual(['legacy has no arrow leading in: data is born there, or an arrow is missing.']);
  });

  it('explains a node reached only by failure paths, or by nothing', () => {
    const dlq = diagram({ u: 'actor', c: 'service', dlq: 'queue' }, ['u request c', 'c failure dlq']);
    expect(answerOf(dlq, 'dlq')).toMatchObject({ sources: [], summary: 'Data reaches dlq only through failure paths, from c.' });
    const loop = diagram({ a: 'service', b: 'service' }, ['a request b', 'b request a']);
    expect(answerOf(loop, 'a').summary).toBe('No origin reaches a: the arrows that lead here start in a loop that nothing feeds.');
  });

  it('lists the first origins and says there are more', () => {
    const many = diagram(
      Object.fromEntries([...Array.from({ length: 10 }, (_, i) => [`u${i}`, 'actor']), ['svc', 'service']]),
      Array.from({ length: 10 }, (_, i) => `u${i} request svc`),
    );
    const svc = answerOf(many, 'svc');
    expect(svc.sources).toHaveLength(8);
    expect(svc.moreSources).toBe(true);
    expect(svc.summary).toMatch(/u7 \(user input\) and others\.$/);
  });
});
