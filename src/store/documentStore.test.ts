import { describe, expect, it } from 'vitest';
import { fanOut } from '../templates';
import { READ_ONLY_REFUSAL, createDocumentStore } from './documentStore';

const fresh = () => createDocumentStore(structuredClone(fanOut));

describe('document store', () => {
  it('every edit is one undo step, and redo brings it back', () => {
    const store = fresh();
    const added = store.getState().addNode('cache', { x: 0, y: 0 });
    const id = added.ok ? added.ids[0]! : '';
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

  it('new ids are random, so two copies of the app editing one diagram do not collide', () => {
    const [a, b] = [fresh(), fresh()];
    const [x, y] = [a.getState().addNode('service', { x: 0, y: 0 }), b.getState().addNode('service', { x: 0, y: 0 })];
    expect(x.ok && y.ok && x.ids[0] !== y.ids[0]).toBe(true);
    expect(x.ok && x.ids[0]).toMatch(/^service-[0-9a-z]{8}$/);
  });

  it('typing into one field is one undo step', () => {
    const store = fresh();
    for (const label of ['S', 'Sv', 'Svc']) store.getState().updateElement({ type: 'node', id: 'serviceA' }, { label }, 'label:serviceA');
    store.getState().undo();
    expect(store.getState().doc).toEqual(fanOut);
  });

  it('an invalid change reports the field and is not recorded', () => {
    const store = fresh();
    const result = store.getState().updateElement({ type: 'edge', id: fanOut.edges[0]!.id }, { retries: -1 });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^retries: /) });
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('read-only refuses every edit, undo and redo, and changes nothing', () => {
    const store = fresh();
    store.getState().setTitle('before');
    store.getState().setReadOnly(READ_ONLY_REFUSAL);
    const state = store.getState();
    const attempts = [
      state.setTitle('x'), state.addNode('service', { x: 0, y: 0 }), state.connect('user', 'postgres'), state.reconnect('e1', 'user', 'postgres'),
      state.updateElement({ type: 'node', id: 'serviceA' }, { idempotent: true }), state.moveNodes(new Map([['serviceA', { x: 9, y: 9 }]])),
      state.deleteElements(['serviceA']), state.insertFragment(fanOut, { x: 0, y: 0 }), state.openDocument({ ...fanOut, nodes: [] }), state.undo(), state.redo(),
    ];
    for (const result of attempts) expect(result).toEqual({ ok: false, error: READ_ONLY_REFUSAL });
    expect(store.getState().doc).toEqual({ ...fanOut, title: 'before' });
    expect(store.getState().history.past).toHaveLength(1);
  });
});
