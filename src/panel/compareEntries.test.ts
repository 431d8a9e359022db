import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../analysis';
import type { FlowDocument } from '../model';
import { fanOut } from '../templates';
import { changeEntries, factText, findingTarget } from './compareEntries';

const boundary = { id: 'search', kind: 'team', label: 'Search team', position: { x: 0, y: 200 }, size: { width: 500, height: 120 } } as const;

/** The fan-out map later: Elasticsearch and its arrow gone, an audit log added, Gateway's retries dropped, a boundary drawn. */
function later(): FlowDocument {
  const doc = structuredClone(fanOut) as FlowDocument;
  doc.nodes = doc.nodes.filter((n) => n.id !== 'elastic').map((n) => (n.id === 'consumerC' ? { ...n, group: 'search', entities: ['order', 'audit'] } : n));
  doc.nodes.push({ id: 'audit', kind: 'store', label: 'Audit log', position: { x: 900, y: 250 } });
  doc.edges = doc.edges.filter((e) => e.id !== 'e8').map((e) => (e.id === 'e2' ? { ...e, retries: undefined } : e));
  doc.groups = [boundary];
  return doc;
}

describe('changeEntries', () => {
  it('names each change as a person would, with its facts old → new', () => {
    const after = later();
    const entries = changeEntries(fanOut, after, diffDocuments(fanOut, after));
    expect(entries.map((e) => `${e.mark} ${e.what} ${e.name}`)).toEqual([
      'added node Audit log',
      'removed node Elasticsearch',
      'changed node Consumer C',
      'removed arrow Consumer C → Elasticsearch',
      'changed arrow API Gateway → Validation',
      'added boundary Search team',
    ]);
    expect(entries.find((e) => e.id === 'e2')?.facts).toEqual([{ field: 'retries', before: '3', after: 'not set' }]);
    expect(entries.find((e) => e.id === 'consumerC')?.facts).toEqual([
      { field: 'entities', before: 'not set', after: 'order, audit' },
      { field: 'group', before: 'not set', after: 'search' },
    ]);
  });

  it('selects only what is on show and zooms to ghosts too: a removed arrow by its ends, a boundary with its members', () => {
    const after = later();
    const byId = new Map(changeEntries(fanOut, after, diffDocuments(fanOut, after)).map((e) => [e.id, e]));
    expect(byId.get('elastic')).toMatchObject({ select: [], zoom: ['elastic'] });
    expect(byId.get('e8')).toMatchObject({ select: [], zoom: ['consumerC', 'elastic'] });
    expect(byId.get('e2')).toMatchObject({ select: ['e2'], zoom: ['gateway', 'validation'] });
    expect(byId.get('search')).toMatchObject({ select: ['search'], zoom: ['search', 'consumerC'] });
  });

  it('says values plainly', () => {
    expect([factText(undefined), factText([]), factText(true), factText({ a: 1 })]).toEqual(['not set', 'none', 'true', '{"a":1}']);
  });
});

describe('findingTarget', () => {
  it('selects the elements still on show and zooms to every node, ghosts included', () => {
    const finding = { nodes: ['consumerC', 'elastic'], edges: ['e8'] } as never;
    expect(findingTarget(finding, later())).toEqual({ select: ['consumerC'], zoom: ['consumerC', 'elastic'] });
  });
});
