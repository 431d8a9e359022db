import { describe, expect, it } from 'vitest';
import { check, diagram, withFacts } from '../testing';
import { externalTimeout } from './externalTimeout';

const doc = diagram({ svc: 'service', pay: 'external', geo: 'external' }, ['svc request pay', 'geo read svc', 'pay request svc']);

describe('external-timeout', () => {
  it('warns about calls to and reads from an external without a timeout, asking for one', () => {
    const findings = check(externalTimeout, doc);
    expect(findings.map((f) => [f.nodes, f.edges])).toEqual([[['svc', 'pay'], ['e1']], [['svc', 'geo'], ['e2']]]);
    expect(findings[0]!.message).toBe('The call from svc to pay has no timeout: when pay is slow, svc hangs with it, and so does everything waiting on svc.');
    expect(findings[1]!.unknowns).toEqual([expect.objectContaining({ target: { type: 'edge', id: 'e2' }, fact: 'timeoutMs' })]);
  });

  it('clears once the calls have a timeout', () => {
    expect(check(externalTimeout, withFacts(withFacts(doc, 'e1', { timeoutMs: 2000 }), 'e2', { timeoutMs: 2000 }))).toEqual([]);
  });
});
