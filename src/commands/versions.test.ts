import { describe, expect, it } from 'vitest';
import { connectStores, createDocumentStore, createSessionStore } from '../store';
import { connectStorage } from '../store/persistence';
import { diagramTitled, manualClock, testDatabase } from '../storage/testing';
import { dualWrite, fanOut } from '../templates';
import type { CommandContext } from './command';
import * as commands from './all';
import { execute } from './execute';

function fresh(): CommandContext {
  const ctx: CommandContext = { document: createDocumentStore(structuredClone(fanOut)), session: createSessionStore() };
  connectStores(ctx.document, ctx.session);
  return ctx;
}

const version = { doc: dualWrite, savedAt: Date.parse('2026-03-01T10:30:00Z') };

describe('version commands', () => {
  it('Versions… opens the versions dialog, and Escape closes it', async () => {
    const ctx = fresh();
    await execute(ctx, commands.showVersions, undefined);
    expect(ctx.session.getState().overlay).toBe('versions');
    await execute(ctx, commands.clearSelection, undefined);
    expect(ctx.session.getState().overlay).toBeUndefined();
  });

  it('Restore puts the version back as one undo step, fits it into view and says how to undo', async () => {
    const ctx = fresh();
    await execute(ctx, commands.restoreVersion, version);
    expect(ctx.document.getState().doc).toEqual(dualWrite);
    expect(ctx.session.getState().fitRequest).toBe(1);
    expect(ctx.session.getState().notice?.text).toMatch(/^Restored the version of .*Undo \(Ctrl\+Z\)/);
    await execute(ctx, commands.undo, undefined);
    expect(ctx.document.getState().doc).toEqual(fanOut);
    expect(ctx.document.getState().history.past).toHaveLength(0);
  });

  it('Open as a copy opens the version under a copy’s title, and Undo brings back the diagram that was there', async () => {
    const ctx = fresh();
    await execute(ctx, commands.openVersionCopy, version);
    expect(ctx.document.getState().doc).toEqual({ ...dualWrite, title: `${dualWrite.title} (copy)` });
    expect(ctx.session.getState().notice?.text).toContain('kept in Versions');
    await execute(ctx, commands.undo, undefined);
    expect(ctx.document.getState().doc).toEqual(fanOut);
    expect(commands.copyTitle('')).toBe('Untitled (copy)');
  });

  it('neither is allowed in a tab that does not edit: the diagram stays', async () => {
    const ctx = fresh();
    ctx.document.getState().setReadOnly('Another tab is editing this diagram.');
    expect(await execute(ctx, commands.restoreVersion, version)).toEqual({ ok: false, error: 'Another tab is editing this diagram.' });
    expect(await execute(ctx, commands.openVersionCopy, version)).toMatchObject({ ok: false });
    expect(ctx.document.getState().doc).toEqual(fanOut);
  });

  it('restoring keeps the diagram it replaced as a version, so a restore loses nothing even after the undo history is gone', async () => {
    const clock = manualClock();
    const storage = await testDatabase({ now: clock.now }).open();
    await storage.loadStartingPoint();
    const ctx = fresh();
    const saver = connectStorage(ctx.document, ctx.session, storage, {}, 0);
    await saver.resume();
    await execute(ctx, commands.openDocument, diagramTitled('first'));
    await saver.flush();
    clock.advance(1000);
    await execute(ctx, commands.setTitle, 'first, edited');
    await saver.flush();
    clock.advance(1000);
    const [first] = await storage.versions();
    const opened = await storage.openVersion(first!.id);
    if (!opened.ok) throw new Error(opened.errors.join('; '));
    await execute(ctx, commands.restoreVersion, { doc: opened.doc, savedAt: first!.savedAt });
    await saver.flush();
    expect((await storage.versions()).map((v) => [v.title, v.reason])).toEqual([
      ['first', 'opened'],
      ['first, edited', 'replaced'],
      ['first', 'opened'],
    ]);
  });
});
