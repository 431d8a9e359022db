import { describe, expect, it } from 'vitest';
import { changeEvent, dualWrite, fanOut } from '../../templates';
import { pathOf } from './simulate';
import { effects, onNode, toldAbout } from './testing';

describe('the essay’s fan-out', () => {
  it('Consumer C down: Elasticsearch stale and late with nobody told; Consumer B and Postgres untouched', () => {
    const r = onNode(fanOut, 'consumerC');
    expect(effects(r, 'elastic')).toEqual(['stale', 'late']);
    expect(toldAbout(r, 'elastic', 'stale')).toBeUndefined();
    expect(toldAbout(r, 'elastic', 'late')).toBeUndefined();
    for (const id of ['consumerB', 'postgres', 'e5', 'e7', 'topic', 'serviceA']) expect(effects(r, id)).toEqual([]);
    expect(r.silent).toEqual(['elastic']);
  });

  it('Service A down: the calls from Validation and API Gateway back to User Request fail; both stores get no new data', () => {
    const r = onNode(fanOut, 'serviceA');
    for (const id of ['e3', 'e2', 'e1', 'validation', 'gateway', 'user']) expect(effects(r, id)).toContain('failed');
    expect(toldAbout(r, 'user', 'failed')).toEqual({ how: 'error', by: 'user' });
    expect(r.quiet).toEqual(expect.arrayContaining(['postgres', 'elastic']));
    expect(effects(r, 'postgres')).toEqual([]);
    expect(effects(r, 'elastic')).toEqual([]);
    const userStep = r.affected.find((a) => a.id === 'user')!.effects[0]!.step;
    expect(pathOf(r, userStep)).toEqual(['e3', 'e2', 'e1']);
  });

  it('narrates in order, each step after the one it follows from', () => {
    const r = onNode(fanOut, 'serviceA');
    expect(r.steps[0]).toMatchObject({ kind: 'fault', sentence: 'Service A is down.', after: -1 });
    r.steps.forEach((step, i) => expect(step.after).toBeLessThan(i));
    expect(r.steps.map((s) => s.sentence)).toContain('The call from API Gateway to Validation fails after 3 retries, so API Gateway fails.');
  });
});

describe('the essay’s change-event fix', () => {
  it('the notification consumer down: the threads store untouched, the notifications late (not lost), and the lag alert tells someone', () => {
    const r = onNode(changeEvent, 'onChanged');
    expect(effects(r, 'threads')).toEqual([]);
    expect(effects(r, 'handler')).toEqual([]);
    expect(effects(r, 'notifier')).toEqual(['late']);
    expect(toldAbout(r, 'notifier', 'late')).toEqual({ how: 'lag-alert', by: 'changes' });
    expect(r.affected.flatMap((a) => a.effects.map((x) => x.effect))).not.toContain('lost');
  });
});

describe('the essay’s accidental dual write', () => {
  it('the notifier down leaves the thread status half-done', () => {
    const r = onNode(dualWrite, 'notifier');
    expect(effects(r, 'threads')).toEqual(['half-done']);
    expect(effects(r, 'handler')).toEqual(['failed']);
  });
});
