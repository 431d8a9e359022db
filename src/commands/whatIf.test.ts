import { describe, expect, it } from 'vitest';
import { connectStores, createDocumentStore, createSessionStore, whatIfOf } from '../store';
import { dualWrite, fanOut } from '../templates';
import type { CommandContext } from './command';
import * as commands from './all';
import { execute } from './execute';
import { handleKey } from './keyboard';

function fresh(): CommandContext {
  const ctx: CommandContext = { document: createDocumentStore(structuredClone(fanOut)), session: createSessionStore() };
  connectStores(ctx.document, ctx.session);
  return ctx;
}

const press = (ctx: CommandContext, key: string, shiftKey = false) =>
  handleKey(ctx, { key, shiftKey, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, target: null, preventDefault: () => undefined } as unknown as KeyboardEvent);

describe('what-if commands', () => {
  it('W shows the selected node or arrow down; with nothing selected it leaves the key alone', async () => {
    const ctx = fresh();
    expect(press(ctx, 'w')).toBe(false);
    ctx.session.getState().set({ selection: ['consumerC'] });
    expect(press(ctx, 'w')).toBe(true);
    expect(ctx.session.getState().scenario).toEqual({ target: { type: 'node', id: 'consumerC' }, kind: 'down' });
    await execute(ctx, commands.select, ['e8']);
    await execute(ctx, commands.whatIfSelected, undefined);
    expect(ctx.session.getState().scenario).toEqual({ target: { type: 'edge', id: 'e8' }, kind: 'down' });
  });

  it('refuses a fault the map cannot have, saying why, and keeps the scenario on show', async () => {
    const ctx = fresh();
    await execute(ctx, commands.chooseFault, { target: { type: 'node', id: 'consumerC' }, kind: 'drop' });
    const result = await execute(ctx, commands.chooseFault, { target: { type: 'edge', id: 'e2' }, kind: 'schema' } as never);
    expect(result).toMatchObject({ ok: false });
    expect(ctx.session.getState().notice?.text).toMatch(/an arrow cannot be "schema"/);
    expect(ctx.session.getState().scenario?.kind).toBe('drop');
  });

  it('Add this mitigation is one fact and one undo step, and the spread shrinks at once', async () => {
    const ctx = fresh();
    await execute(ctx, commands.chooseFault, { target: { type: 'node', id: 'consumerC' }, kind: 'drop' });
    const scenario = ctx.session.getState().scenario!;
    const before = whatIfOf(ctx.document.getState().doc, scenario)!;
    await execute(ctx, commands.addMitigation, before.steps[0]!.mitigation!);
    expect(ctx.document.getState().doc.nodes.find((n) => n.id === 'consumerC')).toMatchObject({ deadLetter: true });
    expect(whatIfOf(ctx.document.getState().doc, scenario)!.affected.length).toBeLessThan(before.affected.length);
    await execute(ctx, commands.undo, undefined);
    expect(ctx.document.getState().doc).toEqual(fanOut);
  });

  it('Escape closes an overlay, then the scenario and ranking, then the selection', async () => {
    const ctx = fresh();
    ctx.session.getState().set({ selection: ['consumerC'], overlay: 'help', ranking: true });
    await execute(ctx, commands.whatIfSelected, undefined);
    await execute(ctx, commands.clearSelection, undefined);
    expect(ctx.session.getState()).toMatchObject({ overlay: undefined, ranking: true, selection: ['consumerC'] });
    await execute(ctx, commands.clearSelection, undefined);
    expect(ctx.session.getState()).toMatchObject({ scenario: undefined, ranking: undefined, selection: ['consumerC'] });
    await execute(ctx, commands.clearSelection, undefined);
    expect(ctx.session.getState().selection).toEqual([]);
  });

  it('the ranking opens in the panel, and says so when nothing can break the map silently', async () => {
    const ctx = fresh();
    expect(press(ctx, 'W', true)).toBe(true);
    expect(ctx.session.getState()).toMatchObject({ ranking: true, notice: undefined });
    ctx.document.getState().load({ ...fanOut, nodes: fanOut.nodes.slice(0, 1), edges: [] });
    await execute(ctx, commands.rankFailures, undefined);
    expect(ctx.session.getState().notice?.text).toMatch(/No node can break/);
  });

  it('a scenario goes when its element is deleted, and when a shared diagram opens or closes', async () => {
    const ctx = fresh();
    await execute(ctx, commands.chooseFault, { target: { type: 'node', id: 'consumerC' }, kind: 'down' });
    await execute(ctx, commands.deleteElements, ['consumerB']);
    expect(ctx.session.getState().scenario).toBeDefined();
    await execute(ctx, commands.deleteElements, ['consumerC']);
    expect(ctx.session.getState().scenario).toBeUndefined();
    await execute(ctx, commands.chooseFault, { target: { type: 'node', id: 'postgres' }, kind: 'down' });
    await execute(ctx, commands.showShared, dualWrite);
    expect(ctx.session.getState().scenario).toBeUndefined();
    await execute(ctx, commands.chooseFault, { target: { type: 'node', id: 'handler' }, kind: 'down' });
    expect(ctx.session.getState().scenario).toBeDefined();
    await execute(ctx, commands.closeShared, undefined);
    expect(ctx.session.getState().scenario).toBeUndefined();
  });
});
