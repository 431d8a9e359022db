import { describe, expect, it } from 'vitest';
import { loadDocument } from './load';
import { EDGE_KINDS, NODE_KINDS, type FlowDocument } from './schema';
import { changeEvent, dualWrite, fanOut } from '../templates';

const base = (): FlowDocument => structuredClone(fanOut);

function errorsOf(raw: unknown): string[] {
  const result = loadDocument(raw);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.errors;
}

describe('flowmap schema', () => {
  it('accepts the templates', () => {
    for (const doc of [fanOut, dualWrite, changeEvent]) expect(loadDocument(doc)).toEqual({ ok: true, doc });
  });

  it('accepts a node of every kind and an edge of every kind, with no optional field', () => {
    const nodes = NODE_KINDS.map((kind, i) => ({ id: `n${i}`, kind, label: kind }));
    const edges = EDGE_KINDS.map((kind, i) => ({ id: `e${i}`, source: 'n0', target: 'n1', kind }));
    expect(loadDocument({ format: 'flowmap', version: 1, title: '', nodes, edges }).ok).toBe(true);
  });

  it('accepts every fact on the kind it belongs to', () => {
    const doc = base();
    doc.nodes = [
      { id: 's', kind: 'scheduler', label: 'Nightly', overlapGuard: true },
      { id: 'g', kind: 'gateway', label: 'GW', transforms: ['validate', 'map'] },
      { id: 'v', kind: 'service', label: 'Svc', transforms: ['enrich'], idempotent: false, deadLetter: true },
      { id: 'q', kind: 'queue', label: 'Q', delivery: 'exactly-once', deadLetter: false, lagAlert: true },
      { id: 'd', kind: 'store', label: 'DB', entities: ['order'], sourceOfTruth: true, reconciliation: false },
      { id: 'c', kind: 'cache', label: 'Redis', entities: ['order'], ttlSeconds: 60, reconciliation: true },
    ];
    doc.edges = [
      { id: 'f', source: 'v', target: 'q', kind: 'failure', mode: 'dead-letter' },
      { id: 'r', source: 'g', target: 'v', kind: 'request', retries: 2, idempotencyKey: true, timeoutMs: 500, schema: 'Order@3', entities: ['order'], label: 'POST /orders' },
    ];
    expect(loadDocument(doc).ok).toBe(true);
  });

  it('names the field of an unknown node kind', () => {
    const doc = base() as unknown as { nodes: { kind: string }[] };
    doc.nodes[3]!.kind = 'blob';
    expect(errorsOf(doc)).toEqual([expect.stringMatching(/^nodes\[3\]\.kind: expected one of actor, external, /)]);
  });

  it('rejects a fact on the wrong kind, naming it', () => {
    const doc = base() as unknown as { nodes: Record<string, unknown>[] };
    doc.nodes[2]!.ttlSeconds = 30;
    expect(errorsOf(doc)).toEqual(['nodes[2].ttlSeconds: unknown field (not a field of a node of kind "service")']);
  });

  it('rejects unknown fields on edges and on the document', () => {
    expect(errorsOf({ ...base(), extra: 1 })).toEqual(['extra: unknown field (not part of the format)']);
    const doc = base() as unknown as { edges: Record<string, unknown>[] };
    doc.edges[0]!.weight = 3;
    expect(errorsOf(doc)[0]).toMatch(/^edges\[0\]\.weight: unknown field/);
  });

  it('rejects a failure mode on a non-failure edge', () => {
    const doc = base() as unknown as { edges: Record<string, unknown>[] };
    doc.edges[1]!.mode = 'retry';
    expect(errorsOf(doc)).toEqual(['edges[1].mode: only allowed on an edge of kind "failure"']);
  });

  it('keeps the read and consume facts on their arrow kinds', () => {
    const doc = base() as unknown as { edges: Record<string, unknown>[] };
    Object.assign(doc.edges[1]!, { relay: true, toleratesLag: true, parallel: true });
    expect(errorsOf(doc)).toEqual([
      `edges[1].relay: only allowed on an edge of kind "read"`,
      `edges[1].toleratesLag: only allowed on an edge of kind "read"`,
      `edges[1].parallel: only allowed on an edge of kind "consume"`,
    ]);
  });

  it('rejects bad ids, labels, numbers and schema strings with their paths', () => {
    const doc = base() as unknown as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
    doc.nodes[0]!.id = 'has space';
    doc.nodes[1]!.label = '';
    doc.edges[1]!.retries = -1;
    doc.edges[3]!.schema = 'OrderPlaced';
    const errors = errorsOf(doc);
    expect(errors).toContainEqual(expect.stringMatching(/^nodes\[0\]\.id: expected 1–64/));
    expect(errors).toContainEqual(expect.stringMatching(/^nodes\[1\]\.label: /));
    expect(errors).toContainEqual(expect.stringMatching(/^edges\[1\]\.retries: /));
    expect(errors).toContainEqual('edges[3].schema: expected "name@version"');
  });

  it('rejects duplicate node and edge ids', () => {
    const doc = base();
    doc.nodes[1]!.id = doc.nodes[0]!.id;
    doc.edges[1]!.id = doc.edges[0]!.id;
    expect(errorsOf(doc)).toEqual(['nodes[1].id: duplicate node id "user"', 'edges[1].id: duplicate edge id "e1"']);
  });

  it('keeps dangling edges loadable so the reviewer can point at them', () => {
    const doc = base();
    doc.edges.push({ id: 'dangling', source: 'user', target: 'nowhere', kind: 'request' });
    expect(loadDocument(doc).ok).toBe(true);
  });

  it('rejects what is not a flowmap document', () => {
    expect(errorsOf(null)).toEqual(['(document): expected a JSON object']);
    expect(errorsOf([])).toEqual(['(document): expected a JSON object']);
    expect(errorsOf({ format: 'drawio' })).toEqual(['format: expected "flowmap"']);
    expect(errorsOf({ format: 'flowmap', version: '1' })).toEqual(['version: expected a whole number ≥ 1']);
  });

  it('caps the number of messages', () => {
    const doc = base() as unknown as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
    [...doc.nodes, ...doc.edges].forEach((item) => (item.kind = 'nope'));
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(11);
    expect(errors[10]).toBe('…and 7 more problems');
  });
});

describe('flowmap v2 elements', () => {
  const at = '2026-11-25T10:00:00Z';
  const full = (): FlowDocument => ({
    ...base(),
    groups: [{ id: 'payments', label: 'Payments team', kind: 'team', owner: 'payments', position: { x: 0, y: 0 }, size: { width: 400, height: 300 } }],
    notes: [{ id: 'note-1', text: 'Retries are capped at 3', position: { x: 10, y: 400 } }],
    comments: [
      { id: 'c1', target: { type: 'node', id: 'serviceA' }, author: 'Ana', text: 'Who owns this?', createdAt: at, replies: [{ text: 'Payments', createdAt: at }] },
      { id: 'c2', target: { type: 'finding', fingerprint: 'fan-out|gone|' }, text: 'On a finding that no longer appears', createdAt: at, resolved: true },
      { id: 'c3', target: { type: 'diagram' }, text: 'Looks good', createdAt: at },
    ],
    waivers: [{ fingerprint: 'lag-alert|topic|', reason: 'Lag is watched on the broker dashboard', createdAt: at, expires: '2027-01-31' }],
    nodes: base().nodes.map((n, i) => (i === 0 ? { ...n, group: 'payments' } : n)),
  });

  it('accepts boundaries, notes, comments (a stale finding target too) and waivers', () => {
    const doc = full();
    expect(loadDocument(doc)).toEqual({ ok: true, doc });
  });

  it('ids are unique across nodes, edges, groups and notes', () => {
    const doc = full();
    doc.notes![0]!.id = 'serviceA';
    doc.groups![0]!.id = 'e1';
    doc.nodes[0]!.group = 'e1';
    expect(errorsOf(doc)).toEqual([
      'groups[0].id: id "e1" is already used by an edge',
      'notes[0].id: id "serviceA" is already used by a node',
      'nodes[0].group: no group with id "e1"',
    ]);
  });

  it('a node’s group and a comment’s target must exist', () => {
    const doc = full();
    doc.nodes[1]!.group = 'nowhere';
    doc.comments![0]!.target = { type: 'edge', id: 'serviceA' };
    expect(errorsOf(doc)).toEqual(['nodes[1].group: no group with id "nowhere"', 'comments[0].target.id: no edge with id "serviceA"']);
  });

  it('names the field of a bad comment, waiver, note or boundary', () => {
    const doc = full() as unknown as Record<string, Record<string, unknown>[]>;
    doc.comments![0]!.createdAt = 'yesterday';
    doc.waivers![0]!.reason = '';
    doc.waivers![0]!.expires = '31/01/2027';
    doc.notes![0]!.text = 'x'.repeat(2001);
    doc.groups![0]!.kind = 'tribe';
    doc.groups![0]!.position = { x: 1e308, y: 0 };
    const errors = errorsOf(doc);
    expect(errors).toEqual(expect.arrayContaining([
      'comments[0].createdAt: expected an ISO 8601 date and time',
      expect.stringMatching(/^waivers\[0\]\.reason: /),
      'waivers[0].expires: expected an ISO date (YYYY-MM-DD)',
      expect.stringMatching(/^notes\[0\]\.text: /),
      expect.stringMatching(/^groups\[0\]\.kind: /),
      expect.stringMatching(/^groups\[0\]\.position\.x: /),
    ]));
  });

  it('refuses coordinates out of range, and waives a finding once', () => {
    const doc = full();
    doc.nodes[0]!.position = { x: -2e7, y: 0 };
    doc.waivers!.push({ ...doc.waivers![0]! });
    expect(errorsOf(doc)).toEqual([expect.stringMatching(/^nodes\[0\]\.position\.x: /), 'waivers[1].fingerprint: this finding is already waived']);
  });
});

