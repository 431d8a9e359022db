import { describe, expect, it } from 'vitest';
import { check, diagram, withFacts } from '../testing';
import { lagAlert } from './lagAlert';

const doc = diagram({ a: 'service', q: 'queue', b: 'service' }, ['a publish q', 'q consume b']);

describe('lag-alert', () => {
  it('warns about a queue whose consumers can fall behind unnoticed', () => {
    const [f] = check(lagAlert, doc);
    expect(f).toMatchObject({ severity: 'warning', nodes: ['q', 'b'], edges: ['e2'] });
    expect(f!.message).toBe('q has no lag alert: if b falls behind, data still flows but arrives hours late, and nobody notices.');
    expect(f!.unknowns.map((u) => u.fact)).toEqual(['lagAlert']);
  });

  it('clears with a lag alert, or a drawn alert path', () => {
    expect(check(lagAlert, withFacts(doc, 'q', { lagAlert: true }))).toEqual([]);
    const drawn = diagram({ q: 'queue', b: 'service', ops: 'external' }, ['q consume b', ['q failure ops', { mode: 'alert' }]]);
    expect(check(lagAlert, drawn)).toEqual([]);
  });

  it('still warns, without asking, when the alert is known to be missing', () => {
    expect(check(lagAlert, withFacts(doc, 'q', { lagAlert: false }))[0]!.unknowns).toEqual([]);
  });
});
