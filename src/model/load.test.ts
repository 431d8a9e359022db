import { describe, expect, it } from 'vitest';
import { formatPath, loadDocument, migrate } from './load';
import type { Migration } from './migrations';
import { fanOut } from '../templates';

describe('migrate', () => {
  it('passes a current document through unchanged', () => {
    expect(migrate(fanOut)).toEqual({ ok: true, raw: fanOut });
  });

  it('runs the chain of migrations from the file version to the target', () => {
    const seen: number[] = [];
    const step = (to: number): Migration => (raw) => {
      seen.push(to);
      return { ...raw, version: to, title: `${String(raw.title)}→v${to}` };
    };
    const result = migrate({ format: 'flowmap', version: 1, title: 't' }, { 1: step(2), 2: step(3) }, 3);
    expect(result).toEqual({ ok: true, raw: { format: 'flowmap', version: 3, title: 't→v2→v3' } });
    expect(seen).toEqual([2, 3]);
  });

  it('refuses a version from the future, and a gap in the chain', () => {
    expect(migrate({ ...fanOut, version: 3 })).toEqual({
      ok: false,
      errors: ['version: 3 is newer than this Flowmap understands (2); update Flowmap to open it'],
    });
    expect(migrate({ format: 'flowmap', version: 1 }, {}, 2)).toEqual({ ok: false, errors: ['version: no migration from version 1'] });
  });

  it('is the entry point of loadDocument', () => {
    expect(loadDocument({ ...fanOut, version: 0 })).toEqual({ ok: false, errors: ['version: expected a whole number ≥ 1'] });
  });
});

describe('formatPath', () => {
  it('writes paths the way a person reads them', () => {
    expect(formatPath(['nodes', 3, 'kind'])).toBe('nodes[3].kind');
    expect(formatPath([])).toBe('(document)');
    expect(formatPath(['edges', 2, ''])).toBe('edges[2][""]');
    expect(formatPath(['edges', 2, ' '])).toBe('edges[2][" "]');
    expect(formatPath(['nodes', 0, 'a\u001b[2J'])).toBe('nodes[0]["a\\u001b[2J"]');
    expect(formatPath(['nodes', 0, 'dead-letter'])).toBe('nodes[0].dead-letter');
  });
});

describe('loadDocument messages', () => {
  const doc = (node: Record<string, unknown>, edge: Record<string, unknown> = {}) => ({
    format: 'flowmap',
    version: 1,
    title: 't',
    nodes: [{ id: 'a', kind: 'service', label: 'A', ...node }],
    edges: [{ id: 'e', source: 'a', target: 'a', kind: 'request', ...edge }],
  });

  it('says only that a value has the wrong type, not what it fails as the wrong type', () => {
    expect(loadDocument(doc({ transforms: 'validate' }))).toEqual({ ok: false, errors: ['nodes[0].transforms: Invalid input: expected array, received string'] });
  });

  it('names an unknown edge field with its article, and an empty key readably', () => {
    expect(loadDocument(doc({}, { '': 1, foo: 2 }))).toEqual({
      ok: false,
      errors: ['edges[0][""]: unknown field (not a field of an edge)', 'edges[0].foo: unknown field (not a field of an edge)'],
    });
  });
});
