import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../load';
import { v1ToV2 } from './0001-v1-to-v2';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../cli/fixtures/${name}`, import.meta.url), 'utf8'));

describe('0001 v1 → v2', () => {
  it('keeps every field of a v1 document and marks it v2', () => {
    const v1 = fixture('fan-out.json');
    expect(v1.version).toBe(1);
    const v2 = v1ToV2(v1);
    expect(v2).toEqual({ ...v1, version: 2 });
    expect(v1.version).toBe(1);
  });

  it('a v1 file opens as a valid v2 document with nothing lost', () => {
    const v1 = fixture('change-event.json');
    const loaded = loadDocument(v1);
    expect(loaded.ok && loaded.doc).toEqual({ ...v1, version: 2 });
  });

  it('gives an arrow that shares its id with a node a free id, as v2 ids are unique across elements', () => {
    const v1 = {
      format: 'flowmap', version: 1, title: 't',
      nodes: [{ id: 'orders', kind: 'service', label: 'Orders' }, { id: 'db', kind: 'store', label: 'DB' }],
      edges: [{ id: 'orders', source: 'orders', target: 'db', kind: 'write' }, { id: 'orders-arrow', source: 'db', target: 'orders', kind: 'read' }],
    };
    const loaded = loadDocument(v1);
    expect(loaded.ok && loaded.doc.edges.map((e) => e.id)).toEqual(['orders-arrow-2', 'orders-arrow']);
  });
});

