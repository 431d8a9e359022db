import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FlowDocument, FlowNode } from '../model';
import { fanOut } from '../templates';
import { applyPatch, diffDocuments, isEmptyPatch, revertPatch } from './patches';

const base = (): FlowDocument => structuredClone(fanOut);

/** One random edit: add, remove or change a node, an edge, a note or a waiver, or the title. */
const edit = fc.tuple(fc.nat(), fc.constantFrom('add-node', 'remove-node', 'rename', 'remove-edge', 'add-note', 'drop-notes', 'waive', 'title'), fc.string({ minLength: 1, maxLength: 8 }));

function applyEdit(doc: FlowDocument, [n, what, text]: [number, string, string], step: number): FlowDocument {
  const at = doc.nodes.length ? n % doc.nodes.length : 0;
  switch (what) {
    case 'add-node': {
      const nodes = doc.nodes.slice();
      nodes.splice(at, 0, { id: `new-${step}`, kind: 'service', label: text } as FlowNode);
      return { ...doc, nodes };
    }
    case 'remove-node':
      return { ...doc, nodes: doc.nodes.filter((_, i) => i !== at) };
    case 'rename':
      return { ...doc, nodes: doc.nodes.map((node, i) => (i === at ? { ...node, label: text } : node)) };
    case 'remove-edge':
      return { ...doc, edges: doc.edges.filter((_, i) => i !== n % Math.max(1, doc.edges.length)) };
    case 'add-note':
      return { ...doc, notes: [...(doc.notes ?? []), { id: `note-${step}`, text, position: { x: n, y: 0 } }] };
    case 'drop-notes': {
      const { notes: _gone, ...rest } = doc;
      return rest;
    }
    case 'waive':
      return { ...doc, waivers: [...(doc.waivers ?? []).filter((w) => w.fingerprint !== text), { fingerprint: text, reason: 'ok', createdAt: '2026-01-01T00:00:00Z' }] };
    default:
      return { ...doc, title: text };
  }
}

describe('document patches', () => {
  it('undoing and redoing any sequence of edits gives back each document exactly', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const docs = [base()];
        edits.forEach((e, i) => docs.push(applyEdit(docs.at(-1)!, e, i)));
        const patches = docs.slice(1).map((doc, i) => diffDocuments(docs[i]!, doc));
        let doc = docs.at(-1)!;
        for (let i = patches.length - 1; i >= 0; i--) {
          doc = revertPatch(doc, patches[i]!);
          expect(doc).toEqual(docs[i]);
        }
        patches.forEach((patch, i) => {
          doc = applyPatch(doc, patch);
          expect(doc).toEqual(docs[i + 1]);
        });
      }),
    );
  });

  it('records nothing for an unchanged document, and only the element that changed', () => {
    const doc = base();
    expect(isEmptyPatch(diffDocuments(doc, { ...doc }))).toBe(true);
    const removed = { ...doc, nodes: doc.nodes.slice(1) };
    expect(diffDocuments(doc, removed).changes.nodes).toEqual([{ id: doc.nodes[0]!.id, before: { value: doc.nodes[0], index: 0 } }]);
  });
});
