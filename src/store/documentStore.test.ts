import { describe, expect, it } from 'vitest';
import { fanOut } from '../templates';
import { createDocumentStore } from './documentStore';
import { extractFragment } from './edits';

const fresh = () => createDocumentStore(structuredClone(fanOut));

describe('document store', () => {
  it('every edit is one undo step, and redo brings it back', () => {
    const store = fresh();
    const id = store.getState().addNode('cache', { x: 0, y: 0 });
    store.getState().connect('postgres', id);
    store.getState().updateElement({ type: 'node', id }, { ttlSeconds: 60 });
    expect(store.getState().doc.edges.at(-1)).toMatchObject({ source: 'postgres', target: id, kind: 'replicate' });
    store.getState().undo();
    expect(store.getState().doc.nodes.at(-1)).not.toHaveProperty('ttlSeconds');
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().doc).toEqual(fanOut);
    store.getState().redo();
    expect(store.getState().doc.nodes.at(-1)?.id).toBe(id);
  });

  it('typing into one field is one undo step', () => {
    const store = fresh();
    for (const label of ['S', 'Sv', 'Svc']) store.getState().updateElement({ type: 'node', id: 'serviceA' }, { label }, 'label:serviceA');
    store.getState().undo();
    expect(store.getState().doc).toEqual(fanOut);
  });

  it('a drag is view state until it ends, then one undo step', () => {
    const store = fresh();
    store.getState().drag(new Map([['serviceA', { x: 1, y: 1 }]]));
    expect(store.getState().doc).toBe(store.getState().history.present);
    expect(store.getState().history.past).toHaveLength(0);
    store.getState().moveNodes(new Map([['serviceA', { x: 5, y: 6 }]]));
    expect(store.getState().dragging).toBeUndefined();
    expect(store.getState().doc.nodes.find((n) => n.id === 'serviceA')?.position).toEqual({ x: 5, y: 6 });
    store.getState().undo();
    expect(store.getState().doc).toEqual(fanOut);
  });

  it('an invalid change reports the field and is not recorded', () => {
    const store = fresh();
    const result = store.getState().updateElement({ type: 'edge', id: fanOut.edges[0]!.id }, { retries: -1 });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^retries: /) });
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('deleting drops the selection; undo restores the elements and keeps the selection valid', () => {
    const store = fresh();
    store.getState().select(['topic']);
    store.getState().deleteElements(['topic']);
    expect(store.getState().doc.nodes.some((n) => n.id === 'topic')).toBe(false);
    expect(store.getState().selection).toEqual([]);
    store.getState().undo();
    expect(store.getState().doc).toEqual(fanOut);
  });

  it('pasting selects the pasted elements; select all selects everything', () => {
    const store = fresh();
    store.getState().insertFragment(extractFragment(fanOut, ['serviceA', 'topic']), { x: 0, y: 0 });
    expect(store.getState().selection).toHaveLength(3);
    store.getState().selectAll();
    expect(store.getState().selection).toHaveLength(fanOut.nodes.length + fanOut.edges.length + 3);
  });

  it('opening a document is undoable and asks the canvas to fit it', () => {
    const store = fresh();
    store.getState().openDocument({ ...fanOut, title: 'Other', nodes: [], edges: [] });
    expect(store.getState().fitRequest).toBe(1);
    store.getState().undo();
    expect(store.getState().doc).toEqual(fanOut);
  });

  it('a shared diagram is shown without touching the visitor’s own; editing a copy keeps theirs one Undo away', () => {
    const store = fresh();
    const shared = { ...fanOut, title: 'Shared' };
    store.getState().showShared(shared);
    expect(store.getState().review?.own).toEqual(fanOut);
    expect(store.getState().doc).toBe(shared);
    store.getState().editSharedCopy();
    expect(store.getState().review).toBeUndefined();
    expect(store.getState().doc.title).toBe('Shared');
    store.getState().undo();
    expect(store.getState().doc).toEqual(fanOut);
  });

  it('closing a shared diagram goes back to the visitor’s own', () => {
    const store = fresh();
    store.getState().showShared({ ...fanOut, title: 'Shared' });
    store.getState().closeShared();
    expect(store.getState().doc).toEqual(fanOut);
    expect(store.getState().review).toBeUndefined();
  });
});
