import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../analysis';
import { connectStores, createDocumentStore, createSessionStore } from '../store';
import { dualWrite, fanOut } from '../templates';
import { allowedInReview, type CommandContext } from './command';
import * as commands from './all';
import { execute } from './execute';
import { COMMANDS } from './registry';

vi.mock('../layout', () => ({ layoutDiagram: async () => ({ positions: new Map([['serviceA', { x: 1, y: 1 }]]), frames: new Map() }), needsLayout: () => false }));

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
  arrange: { positions: new Map([['serviceA', { x: 3, y: 3 }]]) },
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
  'accept-finding': { fingerprint: 'some-finding', reason: 'Accepted risk' },
  'reopen-finding': 'some-finding',
  'set-author': 'Ada',
  'add-comment': { target: { type: 'node', id: 'handler' }, text: 'Why two writes?' },
  'reply-comment': { id: 'c1', text: 'Because.' },
  'resolve-comment': { id: 'c1', resolved: true },
  'compare-with-document': { doc: fanOut },
  'compare-with-file': new File([JSON.stringify(fanOut)], 'fan-out.json'),
  'compare-with-link': '#d=',
  'show-change': { select: [], zoom: [] },
  'restore-version': { doc: dualWrite, savedAt: 0 },
  'open-version-copy': { doc: dualWrite, savedAt: 0 },
  'compare-version': { doc: dualWrite, savedAt: 0 },
};

const COMMENTING = ['add-comment', 'reply-comment', 'resolve-comment'];

describe('commands', () => {
  it('every command has a unique id, and those that change the document are refused in a review, except commenting (and undo/redo, which the store allows for comments only)', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    const allowed = COMMANDS.filter((c) => c.changesDocument && allowedInReview(c)).map((c) => c.id);
    expect(allowed.sort()).toEqual([...COMMENTING, 'undo', 'redo'].sort());
  });

  it('in a shared link’s review a comment lands, a reply and resolve follow, and nothing else in the document changes', async () => {
    const ctx = fresh();
    await execute(ctx, commands.showShared, dualWrite);
    await execute(ctx, commands.setAuthor, 'Reviewer');
    await execute(ctx, commands.addComment, { target: { type: 'node', id: 'handler' }, text: ' Why two writes? ' });
    const [comment] = ctx.document.getState().doc.comments ?? [];
    expect(comment).toMatchObject({ target: { type: 'node', id: 'handler' }, text: 'Why two writes?', author: 'Reviewer' });
    await execute(ctx, commands.replyToComment, { id: comment!.id, text: 'Fixed by an outbox' });
    await execute(ctx, commands.resolveComment, { id: comment!.id, resolved: true });
    const { comments, ...rest } = ctx.document.getState().doc;
    expect(rest).toEqual(dualWrite);
    expect(comments).toEqual([{ ...comment, resolved: true, replies: [{ text: 'Fixed by an outbox', author: 'Reviewer', createdAt: expect.any(String) }] }]);
    await execute(ctx, commands.setTitle, 'Changed');
    expect(ctx.document.getState().doc.title).toBe(dualWrite.title);
    // The reviewer can take their comments back, and redo them: the steps touch nothing else.
    for (let i = 0; i < 3; i++) expect(await execute(ctx, commands.undo, undefined)).toEqual({ ok: true, ids: [] });
    expect(ctx.document.getState().doc).toEqual(dualWrite);
    expect(await execute(ctx, commands.undo, undefined)).toEqual({ ok: false, error: expect.stringMatching(/read-only/) });
    await execute(ctx, commands.redo, undefined);
    expect(ctx.document.getState().doc.comments).toHaveLength(1);
  });

  it('a comment on a missing node is refused with the field named; outside a review each comment edit is one undo step', async () => {
    const ctx = fresh();
    await execute(ctx, commands.addComment, { target: { type: 'node', id: 'nowhere' }, text: 'Hm' });
    expect(ctx.session.getState().notice?.text).toMatch(/comments\[0\]\.target\.id: no node with id "nowhere"/);
    await execute(ctx, commands.addComment, { target: { type: 'diagram' }, text: 'Looks good' });
    await execute(ctx, commands.resolveComment, { id: ctx.document.getState().doc.comments![0]!.id, resolved: true });
    await execute(ctx, commands.undo, undefined);
    expect(ctx.document.getState().doc.comments?.[0]?.resolved).toBeUndefined();
    await execute(ctx, commands.undo, undefined);
    expect(ctx.document.getState().doc).toEqual(fanOut);
  });

  it('in a shared link’s review, no command changes the document, and Close gives back the visitor’s diagram with its undo history', async () => {
    const ctx = fresh();
    await execute(ctx, commands.setTitle, 'Mine');
    await execute(ctx, commands.showShared, dualWrite);
    ctx.session.getState().set({ selection: ['handler'] });
    for (const command of COMMANDS) {
      if (command.id === 'edit-copy' || command.id === 'close-review' || command.id === 'show-shared' || COMMENTING.includes(command.id)) continue;
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
    for (const id of ['delete-elements', 'add-node', 'connect', 'move-nodes', 'update', 'answer', 'set-title', 'open-document', 'paste', 'tidy', 'add-mitigation', 'accept-finding']) {
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

  it('lining up a multi-selection is one undo step, and needs enough nodes selected', async () => {
    const ctx = fresh();
    ctx.session.getState().set({ selection: ['consumerB'] });
    expect(commands.alignLeft.enabled!(ctx)).toBe(false);
    ctx.session.getState().set({ selection: ['consumerB', 'consumerC', 'serviceA'] });
    expect(commands.distributeVertically.enabled!(ctx)).toBe(true);
    await execute(ctx, commands.alignLeft, undefined);
    const x = (id: string) => ctx.document.getState().doc.nodes.find((n) => n.id === id)!.position!.x;
    expect(new Set([x('consumerB'), x('consumerC'), x('serviceA')]).size).toBe(1);
    expect(ctx.document.getState().history.past).toHaveLength(1);
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

  it('accepting a finding signs a waiver with the remembered name: one undo step, and Reopen removes it', async () => {
    const ctx = fresh();
    const { fingerprint } = analyze(ctx.document.getState().doc).findings[0]!;
    await execute(ctx, commands.setAuthor, '  Ada ');
    await execute(ctx, commands.acceptFinding, { fingerprint, reason: ' Known risk ', expires: '2030-01-31' });
    expect(ctx.document.getState().doc.waivers).toEqual([{ fingerprint, reason: 'Known risk', author: 'Ada', createdAt: expect.any(String), expires: '2030-01-31' }]);
    expect(analyze(ctx.document.getState().doc, { today: '2030-01-01' }).findings.find((f) => f.fingerprint === fingerprint)?.waived).toMatchObject({ reason: 'Known risk', author: 'Ada' });
    await execute(ctx, commands.reopenFinding, fingerprint);
    expect(ctx.document.getState().doc).toEqual(fanOut);
    await execute(ctx, commands.undo, undefined);
    await execute(ctx, commands.undo, undefined);
    expect(ctx.document.getState().doc).toEqual(fanOut);
    expect(ctx.document.getState().history.past).toHaveLength(0);
  });

  it('a waiver needs a reason and a real date: refused with the field named, nothing recorded', async () => {
    const ctx = fresh();
    await execute(ctx, commands.acceptFinding, { fingerprint: 'f', reason: '   ' });
    expect(ctx.session.getState().notice?.text).toMatch(/^Not accepted: reason: /);
    await execute(ctx, commands.acceptFinding, { fingerprint: 'f', reason: 'ok', expires: '31/01/2030' });
    expect(ctx.session.getState().notice?.text).toMatch(/expires: expected an ISO date/);
    expect(ctx.document.getState().history.past).toHaveLength(0);
  });
});
