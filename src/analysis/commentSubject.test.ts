import { describe, expect, it } from 'vitest';
import { fanOut } from '../templates';
import { analyze } from './analyze';
import { commentSubject } from './commentSubject';

describe('commentSubject', () => {
  const { findings } = analyze(fanOut);
  const doc = { ...fanOut, edges: fanOut.edges.map((e) => (e.id === 'e4' ? { ...e, label: 'order placed' } : e)) };

  it('names a node, an arrow by its ends (with its own label), and a finding by its rule, with what to select', () => {
    expect(commentSubject({ type: 'node', id: 'topic' }, doc, findings)).toEqual({ name: 'Kafka Topic', nodes: ['topic'], edges: [] });
    expect(commentSubject({ type: 'edge', id: 'e4' }, doc, findings)).toEqual({ name: 'Service A → Kafka Topic', label: 'order placed', nodes: [], edges: ['e4'] });
    const finding = findings[0]!;
    expect(commentSubject({ type: 'finding', fingerprint: finding.fingerprint }, doc, findings)).toEqual({ name: finding.rule, nodes: finding.nodes, edges: finding.edges });
  });

  it('gives no name for the diagram or a finding that no longer appears, and falls back to the id of a missing element', () => {
    expect(commentSubject({ type: 'diagram' }, doc, findings)).toEqual({ nodes: [], edges: [] });
    expect(commentSubject({ type: 'finding', fingerprint: 'gone' }, doc, findings)).toEqual({ nodes: [], edges: [] });
    expect(commentSubject({ type: 'group', id: 'team' }, doc, findings)).toEqual({ name: 'team', nodes: [], edges: [] });
  });
});
