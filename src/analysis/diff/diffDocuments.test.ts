import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../../model';
import { analyze } from '../analyze';
import { diagram, withFacts } from '../testing';
import { diffDocuments, hasChanges } from './diffDocuments';

/** A gateway that retries a call into a chain: one retry finding, answered by idempotency. */
const base = diagram({ gw: 'gateway', v: 'service', a: 'service', db: 'store' }, [['gw request v', { retries: 3 }], 'v request a', 'a write db']);

const withGroups = (doc: FlowDocument, groups: object[]) => ({ ...doc, groups }) as FlowDocument;
const moved = (doc: FlowDocument): FlowDocument => ({ ...doc, nodes: doc.nodes.map((n, i) => ({ ...n, position: { x: 100 * i + 7, y: -3 } })) });

describe('diffDocuments', () => {
  it('finds nothing between a document and itself; every finding is unchanged', () => {
    const diff = diffDocuments(base, structuredClone(base));
    expect(hasChanges(diff)).toBe(false);
    expect(diff.nodes).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.findings.introduced).toEqual([]);
    expect(diff.findings.resolved).toEqual([]);
    expect(diff.findings.unchanged.length).toBeGreaterThan(0);
  });

  it('does not count moving nodes, groups or notes as a change', () => {
    const group = { id: 'g', kind: 'team', label: 'Team', position: { x: 0, y: 0 }, size: { width: 100, height: 80 } };
    const note = { id: 'n', text: 'Why', position: { x: 0, y: 0 } };
    const before = { ...withGroups(base, [group]), notes: [note] } as FlowDocument;
    const after = { ...withGroups(moved(base), [{ ...group, position: { x: 50, y: 5 }, size: { width: 300, height: 90 } }]), notes: [{ ...note, position: { x: 9, y: 9 } }] } as FlowDocument;
    expect(hasChanges(diffDocuments(before, after))).toBe(false);
    const edited = { ...after, notes: [{ ...note, text: 'Because' }] } as FlowDocument;
    expect(diffDocuments(before, edited).notes.changed).toEqual([{ id: 'n', fields: ['text'], before: { text: 'Why' }, after: { text: 'Because' } }]);
  });

  it('reports a renamed label as a change of that field, not as a node removed and added', () => {
    const after = structuredClone(base);
    after.nodes[1]!.label = 'Validator';
    const diff = diffDocuments(base, after);
    expect(diff.nodes).toEqual({ added: [], removed: [], changed: [{ id: 'v', fields: ['label'], before: { label: 'v' }, after: { label: 'Validator' } }] });
    expect(hasChanges(diff)).toBe(true);
  });

  it('compares every field, including ones it does not know, and a field set or removed', () => {
    const after = withFacts(withFacts(base, 'e1', { retries: undefined, timeoutMs: 500 }), 'a', { owner: 'payments' });
    const diff = diffDocuments(base, after);
    expect(diff.edges.changed).toEqual([{ id: 'e1', fields: ['retries', 'timeoutMs'], before: { retries: 3 }, after: { timeoutMs: 500 } }]);
    expect(diff.nodes.changed).toEqual([{ id: 'a', fields: ['owner'], before: {}, after: { owner: 'payments' } }]);
    const loose = { ...base, nodes: base.nodes.map((n) => (n.id === 'db' ? { ...n, tier: 'gold' } : n)) } as FlowDocument;
    expect(diffDocuments(base, loose).nodes.changed).toEqual([{ id: 'db', fields: ['tier'], before: {}, after: { tier: 'gold' } }]);
  });

  it('lists added and removed nodes, arrows and groups whole', () => {
    const after = withGroups(diagram({ gw: 'gateway', v: 'service', a: 'service', cache: 'cache' }, [['gw request v', { retries: 3 }], 'v request a']), [{ id: 'g', kind: 'team', label: 'T' }]);
    const diff = diffDocuments(base, after);
    expect(diff.nodes.added.map((n) => n.id)).toEqual(['cache']);
    expect(diff.nodes.removed.map((n) => n.id)).toEqual(['db']);
    expect(diff.edges.removed).toEqual([base.edges[2]]);
    expect(diff.groups.added).toEqual([{ id: 'g', kind: 'team', label: 'T' }]);
    expect(diffDocuments(after, base).groups.removed.map((g) => g.id)).toEqual(['g']);
  });

  it('matches findings by fingerprint: introduced, resolved, unchanged', () => {
    const safe = withFacts(withFacts(base, 'v', { idempotent: true }), 'a', { idempotent: true });
    const resolved = diffDocuments(base, safe).findings;
    expect(resolved.resolved.map((f) => f.rule)).toContain('retry-duplicates');
    expect(resolved.introduced).toEqual([]);
    const introduced = diffDocuments(safe, base).findings;
    expect(introduced.introduced.map((f) => f.rule)).toContain('retry-duplicates');
    expect(introduced.unchanged.map((f) => f.fingerprint).sort()).toEqual(resolved.unchanged.map((f) => f.fingerprint).sort());
  });

  it('takes each version\'s findings from the caller when given (the app\'s cached, dated analysis)', () => {
    const [old, now] = [analyze(base).findings, analyze(base).findings.slice(1)];
    const findings = diffDocuments(base, structuredClone(base), (doc) => (doc === base ? old : now)).findings;
    expect(findings.resolved).toEqual([old[0]]);
    expect(findings.unchanged).toEqual(now);
  });

  it('reports other top-level fields that changed, such as the title', () => {
    expect(diffDocuments(base, { ...base, title: 'v2' }).document).toEqual({ fields: ['title'] });
  });
});
