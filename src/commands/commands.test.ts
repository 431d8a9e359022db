import { describe, expect, it, vi } from 'vitest';
import { connectStores, createDocumentStore, createSessionStore } from '../store';
import { dualWrite, fanOut } from '../templates';
import { allowedInReview, type CommandContext } from './command';
import * as commands from './all';
import { execute } from './execute';
import { COMMANDS } from './registry';

vi.mock('../layout', () => ({ layoutPositions: async () => new Map([['serviceA', { x: 1, y: 1 }]]) }));

function fresh(): CommandContext {
  const ctx: CommandContext = { document: createDocumentStore(structuredClone(fanOut)), session: createSessionStore() };
  connectStores(ctx.document, ctx.session);
  return ctx;
}

/** A plausible argument for each command, so that outside a review each one would change something. */
const ARGS: Record<string, unknown> = {
  'delete-elements': ['serviceA'],
  'add-node': { kind: 'service', at: { x: 0, y: 0 } },
  connect: { source: 'user', target: 'postgres' },
  reconnect: { edge: 'e1', source: 'user', target: 'postgres' },
  'move-nodes': { positions: new Map([['serviceA', { x: 5, y: 5 }]]) },
  drag: new Map([['serviceA', { x: 5, y: 5 }]]),
  update: { ref: { type: 'node', id: 'serviceA' }, patch: { idempotent: true } },
  answer: { ref: { type: 'node', id: 'serviceA' }, fact: 'idempotent', value: true },
  'set-title': 'Changed',
  'open-document': { ...fanOut, nodes: [], edges: [] },
  arrange: new Map([['serviceA', { x: 3, y: 3 }]]),
  paste: JSON.stringify(dualWrite),
  'paste-at': { text: JSON.stringify(dualWrite), at: { x: 10, y: 10 } },
  cut: { setData: () => undefined },
  copy: { setData: () => undefined },
  select: ['serviceA'],
  lens: 'failure',
  snap: false,
  focus: { nodes: ['serviceA'] },
  'show-shared': dualWrite,
  'what-if-fault': { target: { type: 'node', id: 'handler' }, kind: 'down' },
  'add-mitigation': { target: { type: 'node', id: 'consumerC' }, fact: 'deadLetter', value: true },
};

describe('commands', () => {
  it('every command has a unique id, and those that change the document are refused in a review', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    const allowed = COMMANDS.filter((c) => c.changesDocument && allowedInReview(c)).map((c) => c.id);
    expect(allowed).toEqual([]);
  });

  it('in a shared link’s review, no command changes the document, and Close gives back the visitor’s diagram with its undo history', async () => {
    const ctx = fresh();
    await execute(ctx, commands.setTitle, 'Mine');
    await execute(ctx, commands.showShared, dualWrite);
    ctx.session.getState().set({ selection: ['handler'] });
    for (const command of COMMANDS) {
      if (command.id === 'edit-copy' || command.id === 'close-review' || command.id === 'show-shared') continue;
      const result = await execute(ctx, command as never, ARGS[command.id] as never);
      if (command.changesDocument) expect(result, command.id).toEqual({ ok: false, error: expect.stringMatching(/read-only/) });
      expect(ctx.document.getState().doc, command.id).toEqual(dualWrite);
      expect(ctx.session.getState().dragging, command.id).toBeUndefined();
    }
    await execute(ctx, commands.closeShared, undefined);
    expect(ctx.document.getState().doc.title).toBe('Mine');
    await execute(ctx, commands.undo, undefined);
    expect(ctx.document.getState().doc).toEqual(fanOut);
  });

  it('outside a review the same commands do change the document', async () => {
    for (const id of ['delete-elements', 'add-node', 'connect', 'move-nodes', 'update', 'answer', 'set-title', 'open-document', 'paste', 'tidy', 'add-mitigation']) {
      const ctx = fresh();
      const command = COMMANDS.find((c) => c.id === id)!;
      await execute(ctx, command as never, ARGS[id] as never);
      expect(ctx.document.getState().doc, id).not.toEqual(fanOut);
    }
  });

  it('editing a shared copy keeps the visitor’s own diagram one Undo away', async () => {
    const ctx = fresh();
    await execute(ctx, commands.showShared, dualWrite);
    await execute(ctx, commands.editSharedCopy, undefined);
    expect(ctx.session.getState().review).toBeUndefined();
    expect(ctx.document.getState().doc).toEqual(dualWrite);
    await execute(ctx, commands.setTitle, 'Edited');
    expect(ctx.document.getState().doc.title).toBe('Edited');
    await execute(ctx, commands.undo, undefined);
    await execute(ctx, commands.undo, undefined);
    expect(ctx.document.getState().doc).toEqual(fanOut);
  });

  it('adding selects and starts renaming; undo drops a selection of what it removed; paste selects what it pasted', async () => {
    const ctx = fresh();
    const added = await execute(ctx, commands.addNode, { kind: 'cache', at: { x: 0, y: 0 } });
    const id = added && added.ok ? added.ids[0] : undefined;
    expect(ctx.session.getState()).toMatchObject({ selection: [id], renaming: id });
    await execute(ctx, commands.undo, undefined);
    expect(ctx.session.getState()).toMatchObject({ selection: [], renaming: undefined });
    await execute(ctx, commands.paste, JSON.stringify(dualWrite));
    expect(ctx.session.getState().selection).toHaveLength(dualWrite.nodes.length + dualWrite.edges.length);
  });

  it('a drag is session state until it ends, then one undo step', async () => {
    const ctx = fresh();
    await execute(ctx, commands.drag, new Map([['serviceA', { x: 1, y: 1 }]]));
    expect(ctx.document.getState().history.past).toHaveLength(0);
    await execute(ctx, commands.moveNodes, { positions: new Map([['serviceA', { x: 5, y: 6 }]]) });
    expect(ctx.session.getState().dragging).toBeUndefined();
    expect(ctx.document.getState().doc.nodes.find((n) => n.id === 'serviceA')?.position).toEqual({ x: 5, y: 6 });
    await execute(ctx, commands.undo, undefined);
    expect(ctx.document.getState().doc).toEqual(fanOut);
  });

  it('opening a document is undoable and asks the canvas to fit it; a bad paste names the problem', async () => {
    const ctx = fresh();
    await execute(ctx, commands.openDocument, { ...fanOut, title: 'Other', nodes: [], edges: [] });
    expect(ctx.session.getState().fitRequest).toBe(1);
    await execute(ctx, commands.undo, undefined);
    expect(ctx.document.getState().doc).toEqual(fanOut);
    await execute(ctx, commands.paste, '{"format":"flowmap","version":2,"title":"","nodes":[{"id":"a","kind":"robot","label":"A"}],"edges":[]}');
    expect(ctx.session.getState().notice?.text).toMatch(/nodes\[0\]\.kind/);
    expect(ctx.document.getState().doc).toEqual(fanOut);
  });
});
