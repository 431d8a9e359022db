import { describe, expect, it } from 'vitest';
import { FlowDocument } from '../model';
import { analyze } from './analyze';
import { diagram } from './testing';

const base = diagram({ clock: 'scheduler', sink: 'store' }, ['clock write sink']);
const [overlap] = analyze(base).findings.filter((f) => f.rule === 'scheduler-overlap');
const withWaivers = (waivers: unknown[]) => FlowDocument.parse({ ...base, waivers });
const waiver = { fingerprint: overlap!.fingerprint, reason: 'runs once a day, takes a minute', author: 'ana', createdAt: '2026-01-05T10:00:00Z', expires: '2026-06-30' };

describe('waivers', () => {
  it('marks the finding a waiver in force accepts, with its reason, author and dates', () => {
    const found = analyze(withWaivers([waiver]), { today: '2026-06-30' }).findings.find((f) => f.rule === 'scheduler-overlap');
    expect(found!.waived).toEqual({ reason: 'runs once a day, takes a minute', author: 'ana', createdAt: '2026-01-05T10:00:00Z', expires: '2026-06-30' });
  });

  it('reports the finding again once the waiver has expired', () => {
    const found = analyze(withWaivers([waiver]), { today: '2026-07-01' }).findings.find((f) => f.rule === 'scheduler-overlap');
    expect(found!.waived).toBeUndefined();
  });

  it('reports a waiver whose finding no longer appears as stale (info)', () => {
    const gone = { ...waiver, fingerprint: 'fan-out|a,b|e1' };
    const stale = analyze(withWaivers([gone]), { today: '2026-01-06' }).findings.filter((f) => f.rule === 'stale-waiver');
    expect(stale).toEqual([expect.objectContaining({ severity: 'info', fingerprint: 'stale-waiver|||fan-out|a,b|e1', nodes: [], edges: [] })]);
    expect(stale[0]!.message).toMatch(/runs once a day.*fan-out\|a,b\|e1, which no longer appears/);
  });
});

describe('rule settings', () => {
  it('sets every finding of a rule to the given severity, or drops them when off', () => {
    const rules = (setting: 'off' | 'error') => analyze(base, { rules: { 'scheduler-overlap': setting } }).findings.filter((f) => f.rule === 'scheduler-overlap');
    expect(rules('error')).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(rules('off')).toEqual([]);
  });
});
