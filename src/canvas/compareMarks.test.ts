import { describe, expect, it } from 'vitest';
import { analyze, diffDocuments } from '../analysis';
import type { FlowDocument } from '../model';
import { fanOut } from '../templates';
import { toAnnotationElements } from './annotationElements';
import { compareMarks, withComparison } from './compareMarks';
import { toFlowElements } from './toFlowElements';

/** The fan-out map one review later: Elasticsearch gone, an audit log added, Validation renamed, Service A moved. */
function changed(): FlowDocument {
  const doc = structuredClone(fanOut);
  doc.nodes = doc.nodes.filter((n) => n.id !== 'elastic').map((n) => (n.id === 'validation' ? { ...n, label: 'Validator' } : n.id === 'serviceA' ? { ...n, position: { x: 900, y: 40 } } : n));
  doc.nodes.push({ id: 'audit', kind: 'store', label: 'Audit log', position: { x: 900, y: 250 } });
  doc.edges = doc.edges.filter((e) => e.id !== 'e8' && e.id !== 'e6');
  doc.edges.push({ id: 'e9', source: 'consumerC', target: 'audit', kind: 'write' });
  return doc;
}

const boundary = { id: 'team', kind: 'team', label: 'Search team', position: { x: -20, y: 200 }, size: { width: 600, height: 120 } } as const;

describe('compareMarks', () => {
  it('marks added and changed elements by id, leaves moved-only ones alone, and ghosts what was removed', () => {
    const after = changed();
    const { marks, ghosts } = compareMarks(fanOut, after, diffDocuments(fanOut, after));
    expect(Object.fromEntries(marks)).toEqual({ audit: 'added', e9: 'added', validation: 'changed' });
    expect(ghosts.nodes.map((n) => n.id)).toEqual(['elastic']);
    expect(ghosts.edges.map((e) => e.id)).toEqual(['e6', 'e8']);
  });

  it('draws each ghost where it was, between its ends as they are now or their ghosts, inert', () => {
    const after = changed();
    const view = toFlowElements(after, analyze(after), { selection: [] });
    const shown = withComparison(view, after, compareMarks(fanOut, after, diffDocuments(fanOut, after)));
    const elastic = shown.nodes.find((n) => n.id === 'elastic')!;
    expect(elastic.position).toEqual(fanOut.nodes.find((n) => n.id === 'elastic')!.position);
    expect(elastic).toMatchObject({ selectable: false, draggable: false, connectable: false, focusable: false, ariaLabel: 'store: Elasticsearch, removed', domAttributes: { 'data-compare': 'removed' } });
    expect(shown.edges.find((e) => e.id === 'e8')).toMatchObject({ source: 'consumerC', target: 'elastic', selectable: false, ariaLabel: 'write arrow from Consumer C to Elasticsearch, removed' });
    expect(shown.edges.find((e) => e.id === 'e6')?.ariaLabel).toBe('consume arrow from Kafka Topic to Consumer C, removed');
  });

  it('marks the current elements in class, accessible name and data attribute, and keeps the others as they were', () => {
    const after = changed();
    const view = toFlowElements(after, analyze(after), { selection: [] });
    const shown = withComparison(view, after, compareMarks(fanOut, after, diffDocuments(fanOut, after)));
    const audit = shown.nodes.find((n) => n.id === 'audit')!;
    expect(audit.className).toContain('fm-compare--added');
    expect(audit).toMatchObject({ ariaLabel: 'store: Audit log, added', domAttributes: { 'data-compare': 'added' } });
    expect(shown.nodes.find((n) => n.id === 'validation')?.ariaLabel).toBe('service: Validator, changed');
    expect(shown.edges.find((e) => e.id === 'e9')?.className).toMatch(/fm-edge--write.*fm-compare--added/);
    expect(shown.nodes.find((n) => n.id === 'serviceA')).toBe(view.nodes.find((n) => n.id === 'serviceA'));
    expect(shown.edges.filter((e) => e.domAttributes)).toHaveLength(3);
  });

  it('marks boundaries too, and ghosts a removed one as a frame behind the nodes', () => {
    const before = { ...fanOut, groups: [boundary] } as FlowDocument;
    const after = { ...fanOut, groups: [{ ...boundary, id: 'billing', label: 'Billing' }] } as FlowDocument;
    const comparison = compareMarks(before, after, diffDocuments(before, after));
    expect(comparison.marks.get('billing')).toBe('added');
    const frame = withComparison({ nodes: [], edges: [] }, after, comparison).nodes[0]!;
    expect(frame).toMatchObject({ id: 'team', position: boundary.position, width: 600, height: 120, zIndex: -1, selectable: false, ariaLabel: 'team boundary: Search team, removed' });
  });

  it('marks an added or changed boundary as it is drawn on the canvas; an unchanged one keeps its identity', () => {
    const kept = { ...boundary, id: 'kept', label: 'Kept', position: { x: 0, y: 900 } };
    const before = { ...fanOut, groups: [boundary, kept] } as FlowDocument;
    const after = { ...fanOut, groups: [{ ...boundary, label: 'Search and ranking' }, kept, { ...boundary, id: 'billing', label: 'Billing', position: { x: 0, y: 600 } }] } as FlowDocument;
    const { boundaries } = toAnnotationElements(after, { selection: [], editable: true });
    const shown = withComparison({ nodes: boundaries, edges: [] }, after, compareMarks(before, after, diffDocuments(before, after))).nodes;
    expect(shown.map((b) => (b.domAttributes as Record<string, string> | undefined)?.['data-compare'])).toEqual(['changed', undefined, 'added']);
    expect(shown[0]!.ariaLabel).toBe('Boundary (team): Search and ranking, changed');
    expect(shown[1]).toBe(boundaries[1]);
  });

  it('never draws a ghost under the id of something on show', () => {
    const before = structuredClone(fanOut);
    const after = { ...structuredClone(fanOut), nodes: fanOut.nodes.filter((n) => n.id !== 'elastic'), edges: fanOut.edges.filter((e) => e.id !== 'e8'), notes: [{ id: 'elastic', text: 'gone', position: { x: 0, y: 0 } }] } as FlowDocument;
    const { ghosts } = compareMarks(before, after, diffDocuments(before, after));
    expect(ghosts.nodes).toEqual([]);
    expect(ghosts.edges).toEqual([]);
  });
});
