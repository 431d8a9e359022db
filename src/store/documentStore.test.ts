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
    store.getState().acceptFinding({ fingerprint: 'f', reason: 'r', createdAt: '2030-01-01T00:00:00Z' });
    store.getState().setReadOnly(READ_ONLY_REFUSAL);
    const state = store.getState();
    const attempts = [
      state.setTitle('x'), state.addNode('service', { x: 0, y: 0 }), state.connect('user', 'postgres'), state.reconnect('e1', 'user', 'postgres'),
      state.updateElement({ type: 'node', id: 'serviceA' }, { idempotent: true }), state.moveNodes(new Map([['serviceA', { x: 9, y: 9 }]])),
      state.deleteElements(['serviceA']), state.insertFragment(fanOut, { x: 0, y: 0 }), state.openDocument({ ...fanOut, nodes: [] }), state.undo(), state.redo(),
      state.acceptFinding({ fingerprint: 'g', reason: 'r', createdAt: '2030-01-01T00:00:00Z' }), state.reopenFinding('f'),
    ];
    for (const result of attempts) expect(result).toEqual({ ok: false, error: READ_ONLY_REFUSAL });
    expect(store.getState().doc).toEqual({ ...fanOut, title: 'before', waivers: [{ fingerprint: 'f', reason: 'r', createdAt: '2030-01-01T00:00:00Z' }] });
    expect(store.getState().history.past).toHaveLength(2);
  });

  it('a boundary moved with its nodes is one undo step and they stay in it; a node moved alone into a boundary joins it', () => {
    const store = createDocumentStore({ format: 'flowmap', version: 2, title: 't', nodes: [], edges: [] });
    const frame = store.getState().addGroup('team', { x: 0, y: 0 });
    const group = frame.ok ? frame.ids[0]! : '';
    const inside = store.getState().addNode('service', { x: 100, y: 100 });
    const outside = store.getState().addNode('store', { x: 900, y: 100 });
    const [member, stranger] = [inside.ok ? inside.ids[0]! : '', outside.ok ? outside.ids[0]! : ''];
    expect(store.getState().doc.nodes.map((n) => n.group)).toEqual([group, undefined]);
    const before = store.getState().doc;
    // The frame carried its node far off (the node's middle is outside the frame's old place): both stay together.
    store.getState().moveNodes(new Map([[group, { x: 2000, y: 0 }], [member, { x: 2100, y: 100 }]]), undefined, true);
    expect(store.getState().doc.nodes[0]!.group).toBe(group);
    store.getState().undo();
    expect(store.getState().doc).toEqual(before);
    store.getState().moveNodes(new Map([[stranger, { x: 120, y: 120 }]]), undefined, true);
    expect(store.getState().doc.nodes[1]!.group).toBe(group);
    // Without regroup (a layout), membership is left alone.
    store.getState().moveNodes(new Map([[stranger, { x: 900, y: 100 }]]));
    expect(store.getState().doc.nodes[1]!.group).toBe(group);
  });

  it('boundaries and notes are renamed and refused like nodes, and a read-only review cannot change them', () => {
    const store = fresh();
    const note = store.getState().addNote({ x: 0, y: 0 });
    const id = note.ok ? note.ids[0]! : '';
    expect(store.getState().updateElement({ type: 'note', id }, { text: 'Capped at 3' }).ok).toBe(true);
    expect(store.getState().updateElement({ type: 'note', id }, { text: '' })).toEqual({ ok: false, error: expect.stringMatching(/^text: /) });
    expect(store.getState().doc.notes).toEqual([{ id, text: 'Capped at 3', position: { x: 0, y: 0 }, size: { width: 220, height: 60 } }]);
    store.getState().setReadOnly(READ_ONLY_REFUSAL);
    const doc = store.getState().doc;
    expect(store.getState().addGroup('team', { x: 0, y: 0 }).ok).toBe(false);
    expect(store.getState().resizeElement(id, { x: 0, y: 0, width: 400, height: 400 }).ok).toBe(false);
    expect(store.getState().updateElement({ type: 'note', id }, { text: 'x' }).ok).toBe(false);
    expect(store.getState().doc).toBe(doc);
  });
});
