import { describe, expect, it } from 'vitest';
import { diagram } from '../testing';

type Facts = Record<string, unknown>;
import { effects, onEdge, onNode, stopsAt, toldAbout } from './testing';

// api -e1-> mid -e2-> svc: a synchronous chain behind an actor.
const chain = (facts: { e1?: Facts; e2?: Facts; mid?: Facts } = {}, extra: Record<string, 'service'> = {}, more: string[] = []) =>
  diagram({ user: 'actor', mid: ['service', facts.mid ?? {}], svc: 'service', ...extra }, [
    ['user request mid', facts.e1 ?? {}], ['mid request svc', facts.e2 ?? {}], ...more,
  ]);

describe('synchronous callers of a failing node', () => {
  it('fail in turn, back to the actor, who gets an error', () => {
    const r = onNode(chain(), 'svc');
    expect(effects(r, 'mid')).toEqual(['failed']);
    expect(effects(r, 'e2')).toEqual(['failed']);
    expect(effects(r, 'user')).toEqual(['failed']);
    expect(toldAbout(r, 'user', 'failed')).toEqual({ how: 'error', by: 'user' });
    expect(r.steps.find((s) => s.nodes.includes('user'))?.fix).toBeUndefined();
  });

  it('stop at a caller with a fallback', () => {
    const doc = chain({}, { fb: 'service' }, ['mid failure fb']);
    const r = onNode(doc, 'svc');
    expect(effects(r, 'e2')).toEqual(['failed']);
    expect(effects(r, 'mid')).toEqual([]);
    expect(effects(r, 'user')).toEqual([]);
    expect(stopsAt(r, 'mid')).toEqual(['fallback']);
    expect(onNode(chain(), 'svc').steps.find((s) => s.nodes.includes('mid'))?.fix).toMatch(/fallback/);
  });

  it('hang when slow and the call has no timeout, even with a fallback; a timeout plus the fallback stops it', () => {
    const doc = chain({}, { fb: 'service' }, ['mid failure fb']);
    const hung = onNode(doc, 'svc', 'slow');
    expect(effects(hung, 'mid')).toEqual(['blocked']);
    expect(effects(hung, 'user')).toEqual(['blocked']);
    const step = hung.steps.find((s) => s.nodes.includes('mid'))!;
    expect(step.mitigation).toEqual({ target: { type: 'edge', id: 'e2' }, fact: 'timeoutMs', value: 1000 });
    const timed = onNode(chain({ e2: { timeoutMs: 500 } }, { fb: 'service' }, ['mid failure fb']), 'svc', 'slow');
    expect(effects(timed, 'mid')).toEqual([]);
    expect(stopsAt(timed, 'mid')).toEqual(['timeout+fallback']);
    expect(effects(timed, 'user')).toEqual([]);
  });

  it('turn a hang into a failure where the call times out', () => {
    const r = onNode(chain({ e2: { timeoutMs: 500 } }), 'svc', 'slow');
    expect(effects(r, 'mid')).toEqual(['failed']);
    expect(effects(r, 'user')).toEqual(['failed']);
  });

  it('treat a read like a call: the reader fails when the store is down', () => {
    const doc = diagram({ db: 'store', reader: 'service', user: 'actor' }, ['db read reader', 'user request reader']);
    const r = onNode(doc, 'db');
    expect(effects(r, 'reader')).toEqual(['failed']);
    expect(effects(r, 'user')).toEqual(['failed']);
  });
});

describe('retried calls into the failed path', () => {
  it('re-run the callee once it answers, unless it is idempotent or the call keyed', () => {
    expect(effects(onNode(chain({ e1: { retries: 3 } }), 'svc'), 'mid')).toEqual(['duplicated', 'failed']);
    const idempotent = onNode(chain({ e1: { retries: 3 }, mid: { idempotent: true } }), 'svc');
    expect(effects(idempotent, 'mid')).toEqual(['failed']);
    expect(stopsAt(idempotent, 'mid')).toEqual(['idempotency']);
    const keyed = onNode(chain({ e1: { retries: 3, idempotencyKey: true } }), 'svc');
    expect(effects(keyed, 'mid')).toEqual(['failed']);
    expect(stopsAt(keyed, 'e1')).toEqual(['idempotency']);
  });

  it('offer the one fact that stops the repeat', () => {
    const step = onNode(chain({ e1: { retries: 3 } }), 'svc').steps.find((s) => s.effect === 'duplicated')!;
    expect(step.mitigation).toEqual({ target: { type: 'node', id: 'mid' }, fact: 'idempotent', value: true });
  });

  it('do not re-run a node that is down, but do re-run a slow one whose call timed out', () => {
    expect(effects(onNode(chain({ e2: { retries: 2 } }), 'svc'), 'svc')).toEqual(['failed']);
    expect(effects(onNode(chain({ e2: { retries: 2, timeoutMs: 100 } }), 'svc', 'slow'), 'svc')).toEqual(['duplicated', 'late']);
    expect(effects(onNode(chain({ e2: { retries: 2 } }), 'svc', 'slow'), 'svc')).toEqual(['late']);
  });
});

describe('a dual write whose one side fails', () => {
  const doc = (extra: string[] = []) => diagram({ h: 'service', db: 'store', notify: 'service', q: 'queue' }, ['h write db', 'h request notify', ...extra]);

  it('leaves the other side half-done', () => {
    const r = onNode(doc(), 'notify');
    expect(effects(r, 'db')).toEqual(['half-done']);
    expect(effects(r, 'e1')).toEqual(['half-done']);
    expect(effects(onNode(doc(), 'db'), 'notify')).toEqual(['half-done']);
  });

  it('is no dual write when the step writes one system only', () => {
    const single = diagram({ h: 'service', db: 'store', notify: 'service' }, ['h request notify']);
    expect(onNode(single, 'notify').affected.map((a) => a.id)).toEqual(['notify', 'h', 'e1']);
  });
});

describe('a consumer whose own call fails', () => {
  const doc = (consumer: Facts = {}) => diagram({ q: 'queue', c: ['service', consumer], db: 'store' }, ['q consume c', 'c write db']);

  it('loses the message with nobody told, and the queue is not blocked', () => {
    const r = onNode(doc(), 'db');
    expect(effects(r, 'c')).toEqual(['lost', 'failed']);
    expect(effects(r, 'q')).toEqual([]);
    expect(r.silent).toEqual(['c']);
    expect(r.steps.find((s) => s.effect === 'lost')?.mitigation).toEqual({ target: { type: 'node', id: 'c' }, fact: 'deadLetter', value: true });
  });

  it('dead-letters it when it has a dead-letter path, and someone is told', () => {
    const r = onNode(doc({ deadLetter: true }), 'db');
    expect(effects(r, 'c')).toEqual(['failed']);
    expect(stopsAt(r, 'c')).toEqual(['dead-letter']);
    expect(r.steps.at(-1)?.told).toEqual({ how: 'dead-letter', by: 'c' });
    expect(r.silent).toEqual([]);
  });

  it('backs the queue up when it hangs instead: late downstream', () => {
    const slowDb = diagram({ q: 'queue', c: 'service', db: 'store', out: 'service' }, ['q consume c', 'c write db', 'c publish out']);
    const r = onNode(slowDb, 'db', 'slow');
    expect(effects(r, 'c')).toEqual(['blocked']);
    expect(effects(r, 'e1')).toEqual(['late']);
    expect(effects(r, 'out')).toEqual(['late']);
  });
});

describe('a queue between a down consumer and its producers', () => {
  const doc = (queue: Facts = {}) => diagram({ p: 'service', q: ['queue', queue], c: 'service', db: 'store' }, ['p publish q', 'q consume c', 'c write db']);

  it('absorbs the fault: producers are fine and the data arrives late, with nobody told', () => {
    const r = onNode(doc(), 'c');
    expect(effects(r, 'p')).toEqual([]);
    expect(effects(r, 'e2')).toEqual(['late']);
    expect(effects(r, 'db')).toEqual(['late']);
    expect(toldAbout(r, 'db', 'late')).toBeUndefined();
    expect(r.steps[1]!.mitigation).toEqual({ target: { type: 'node', id: 'q' }, fact: 'lagAlert', value: true });
  });

  it('with a lag alert, someone is told', () => {
    const r = onNode(doc({ lagAlert: true }), 'c');
    expect(toldAbout(r, 'db', 'late')).toEqual({ how: 'lag-alert', by: 'q' });
    expect(r.steps[1]!.fix).toBeUndefined();
  });

  it('fails its producers when the queue itself is down', () => {
    expect(effects(onNode(doc(), 'q'), 'p')).toEqual(['failed']);
  });

  it('an arrow fault on the consume arrow backs up the same way', () => {
    const r = onEdge(doc(), 'e2', 'slow');
    expect(r.steps[0]!.kind).toBe('fault');
    expect(effects(r, 'c')).toEqual(['late']);
    expect(effects(r, 'db')).toEqual(['late']);
  });
});
