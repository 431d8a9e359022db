import { describe, expect, it } from 'vitest';
import { encodeShareFragment } from '../io';
import { comparisonOf, connectStores, createDocumentStore, createSessionStore } from '../store';
import { dualWrite, fanOut } from '../templates';
import type { CommandContext } from './command';
import * as commands from './all';
import { execute } from './execute';

function fresh(): CommandContext {
  const ctx: CommandContext = { document: createDocumentStore(structuredClone(fanOut)), session: createSessionStore() };
  connectStores(ctx.document, ctx.session);
  return ctx;
}

/** The fan-out map with Consumer C gone (and its arrows). */
const older = { ...structuredClone(fanOut), nodes: fanOut.nodes.filter((n) => n.id !== 'consumerC'), edges: fanOut.edges.filter((e) => e.id !== 'e6' && e.id !== 'e8') };

describe('compare commands', () => {
  it('compares with a parsed version as session state: the document and its history stay as they were', async () => {
    const ctx = fresh();
    const { doc, history } = ctx.document.getState();
    await execute(ctx, commands.chooseFault, { target: { type: 'node', id: 'consumerB' }, kind: 'down' });
    await execute(ctx, commands.compareWithDocument, { doc: older, name: 'the version of 10:02' });
    expect(ctx.session.getState()).toMatchObject({ comparison: { against: older, name: 'the version of 10:02' }, scenario: undefined });
    expect(ctx.document.getState()).toMatchObject({ doc, history });
    expect(comparisonOf(older, doc).nodes.added.map((n) => n.id)).toEqual(['consumerC']);
  });

  it('runs in a shared link\'s review, which stays read-only', async () => {
    const ctx = fresh();
    await execute(ctx, commands.showShared, dualWrite);
    await execute(ctx, commands.compareWithDocument, { doc: fanOut });
    expect(ctx.session.getState().comparison?.name).toBe('“Order events fan-out”');
    expect(ctx.document.getState().readOnly).toBeDefined();
  });

  it('reads a file or a pasted link with the same checks as opening, and refuses a bad one naming the field', async () => {
    const ctx = fresh();
    const bad = await execute(ctx, commands.compareWithFile, new File([JSON.stringify({ ...older, nodes: [{ ...older.nodes[0], kind: 'robot' }] })], 'old.json'));
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/^Could not compare with “old.json”; nothing changed\. nodes\[0\]\.kind: expected one of/) });
    expect(ctx.session.getState().notice).toMatchObject({ tone: 'error', text: (bad as { error: string }).error });
    expect(ctx.session.getState().comparison).toBeUndefined();

    await execute(ctx, commands.compareWithFile, new File([JSON.stringify(older)], 'old.json'));
    expect(ctx.session.getState().comparison).toMatchObject({ against: older, name: '“old.json”' });

    const link = `https://flowmap.example/#${encodeShareFragment(dualWrite)}`;
    await execute(ctx, commands.compareWithLink, `  ${link}\n`);
    expect(ctx.session.getState().comparison).toMatchObject({ against: dualWrite, name: 'the link' });
    const broken = await execute(ctx, commands.compareWithLink, 'https://flowmap.example/#d=');
    expect(broken).toMatchObject({ ok: false, error: expect.stringMatching(/^Could not compare with the link; nothing changed\. the link is damaged/) });
    expect(ctx.session.getState().comparison?.against).toEqual(dualWrite);
  });

  it('compares with a saved version, named by when it was saved', async () => {
    const ctx = fresh();
    await execute(ctx, commands.compareVersion, { doc: older, savedAt: Date.UTC(2026, 0, 2, 10, 2) });
    expect(ctx.session.getState().comparison).toMatchObject({ against: older, name: expect.stringMatching(/^the version of .*2026/) });
  });

  it('takes a link whole or only its fragment', () => {
    expect(commands.linkFragment(' https://x.example/app/#d=abc&f=n.a.down ')).toBe('#d=abc&f=n.a.down');
    expect(commands.linkFragment('d=abc')).toBe('d=abc');
  });

  it('is left with Escape (after an overlay), with Leave, by a what-if scenario, and by opening another diagram', async () => {
    const ctx = fresh();
    const compare = () => execute(ctx, commands.compareWithDocument, { doc: older });
    await compare();
    ctx.session.getState().set({ selection: ['consumerC'], overlay: 'help' });
    await execute(ctx, commands.clearSelection, undefined);
    expect(ctx.session.getState().comparison).toBeDefined();
    await execute(ctx, commands.clearSelection, undefined);
    expect(ctx.session.getState()).toMatchObject({ comparison: undefined, selection: ['consumerC'] });

    await compare();
    expect(commands.leaveComparison.enabled!(ctx)).toBe(true);
    await execute(ctx, commands.leaveComparison, undefined);
    expect(ctx.session.getState().comparison).toBeUndefined();

    for (const leave of [() => execute(ctx, commands.whatIfSelected, undefined), () => execute(ctx, commands.rankFailures, undefined), () => execute(ctx, commands.openDocument, dualWrite), () => execute(ctx, commands.showShared, fanOut)]) {
      await compare();
      ctx.session.getState().set({ selection: [ctx.document.getState().doc.nodes[0]!.id] });
      await leave();
      expect(ctx.session.getState().comparison).toBeUndefined();
    }
  });

  it('shows a change: selects what is on show and zooms to it', async () => {
    const ctx = fresh();
    const zoomed: (readonly string[])[] = [];
    ctx.viewport = { focus: (ids: readonly string[]) => zoomed.push(ids) } as unknown as CommandContext['viewport'];
    await execute(ctx, commands.showChange, { select: [], zoom: ['consumerC'] });
    expect(ctx.session.getState().selection).toEqual([]);
    await execute(ctx, commands.showChange, { select: ['e1'], zoom: ['user', 'gateway'] });
    expect(ctx.session.getState().selection).toEqual(['e1']);
    expect(zoomed).toEqual([['consumerC'], ['user', 'gateway']]);
  });
});
