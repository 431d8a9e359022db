import { describe, expect, it } from 'vitest';
import { check, diagram, withFacts } from '../testing';
import { schedulerOverlap } from './schedulerOverlap';

const doc = diagram({ job: 'scheduler', svc: 'service', db: 'store', wh: 'store' }, ['job request svc', 'svc write db', 'job write wh']);

describe('scheduler-overlap', () => {
  it('warns about a job without an overlap guard whose writes are not known to be idempotent', () => {
    const [f] = check(schedulerOverlap, doc);
    expect(f).toMatchObject({ severity: 'warning', nodes: ['job', 'svc', 'db', 'wh'], edges: ['e1', 'e2', 'e3'] });
    expect(f!.message).toBe('job has no overlap guard (unknown): if a run outlasts its interval, two runs write db and wh at once through svc, and those writes are not known to be idempotent.');
    expect(f!.unknowns.map((u) => `${u.target.id}.${u.fact}`)).toEqual(['job.overlapGuard', 'e3.idempotencyKey', 'svc.idempotent']);
  });

  it('clears with an overlap guard', () => {
    expect(check(schedulerOverlap, withFacts(doc, 'job', { overlapGuard: true }))).toEqual([]);
  });

  it('clears when every write is idempotent, even with no guard', () => {
    const idempotent = withFacts(withFacts(withFacts(doc, 'job', { overlapGuard: false }), 'svc', { idempotent: true }), 'e3', { idempotencyKey: true });
    expect(check(schedulerOverlap, idempotent)).toEqual([]);
  });

  describe('a job whose chain calls an external API', () => {
    const payouts = diagram({ payday: 'scheduler', payroll: ['service', { idempotent: true }], bank: 'external' }, [
      'payday request payroll', 'payroll request bank',
    ]);

    it('warns, asking for the idempotency key on the call, not for the API to be idempotent', () => {
      const [f] = check(schedulerOverlap, payouts);
      expect(f).toMatchObject({ severity: 'warning', nodes: ['payday', 'payroll', 'bank'], edges: ['e1', 'e2'] });
      expect(f!.message).toMatch(/two runs call bank at once through payroll, and bank cannot be made idempotent by us/);
      expect(f!.unknowns.map((u) => `${u.target.id}.${u.fact}`)).toEqual(['payday.overlapGuard', 'e2.idempotencyKey']);
    });

    it('is an error when the call is known to carry no key, and clears when it carries one', () => {
      expect(check(schedulerOverlap, withFacts(payouts, 'e2', { idempotencyKey: false }))[0]).toMatchObject({ severity: 'error' });
      expect(check(schedulerOverlap, withFacts(payouts, 'e2', { idempotencyKey: true }))).toEqual([]);
    });
  });
});
