import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../commands';
import { connectStores, createDocumentStore, createSessionStore, READ_ONLY_REFUSAL } from '../store';
import { dualWrite, fanOut } from '../templates';
import { contextMenuEntries, type TextClipboard } from './menuEntries';

function fresh(selection: string[] = []): CommandContext {
  const ctx: CommandContext = { document: createDocumentStore(structuredClone(fanOut)), session: createSessionStore() };
  connectStores(ctx.document, ctx.session);
  ctx.session.getState().set({ selection });
  return ctx;
}

function memoryClipboard(text = ''): TextClipboard & { text: string } {
  const clip = { text, readText: async () => clip.text, writeText: async (value: string) => void (clip.text = value) };
  return clip;
}

const ids = (ctx: CommandContext, target: Parameters<typeof contextMenuEntries>[0]) => contextMenuEntries(target, ctx, memoryClipboard()).map((e) => e.id);

describe('context menu', () => {
  it('offers rename, duplicate, copy and delete on a node; only delete on an arrow', () => {
    expect(ids(fresh(['serviceA']), { type: 'node', id: 'serviceA' })).toEqual(['rename', 'duplicate', 'copy', 'delete']);
    expect(ids(fresh(['e1']), { type: 'edge', id: 'e1' })).toEqual(['delete']);
  });

  it('offers paste, add, select all and fit on the empty canvas', () => {
    expect(ids(fresh(), { type: 'pane', at: { x: 0, y: 0 } })).toEqual(['paste-at', 'add-node', 'select-all', 'fit']);
  });

  it('leaves out what a read-only review would refuse', () => {
    const ctx = fresh(['serviceA']);
    ctx.document.getState().setReadOnly(READ_ONLY_REFUSAL);
    expect(ids(ctx, { type: 'node', id: 'serviceA' })).toEqual(['copy']);
    expect(ids(ctx, { type: 'pane', at: { x: 0, y: 0 } })).toEqual(['select-all', 'fit']);
  });

  it('runs the commands: delete removes the selection, paste here puts the clipboard at the point', async () => {
    const ctx = fresh(['serviceA']);
    await contextMenuEntries({ type: 'node', id: 'serviceA' }, ctx, memoryClipboard()).find((e) => e.id === 'delete')!.select();
    expect(ctx.document.getState().doc.nodes.some((n) => n.id === 'serviceA')).toBe(false);
    const before = ctx.document.getState().doc.nodes.length;
    await contextMenuEntries({ type: 'pane', at: { x: 900, y: 700 } }, ctx, memoryClipboard(JSON.stringify(dualWrite))).find((e) => e.id === 'paste-at')!.select();
    const pasted = ctx.document.getState().doc.nodes.slice(before);
    expect(pasted).toHaveLength(dualWrite.nodes.length);
    expect(Math.min(...pasted.map((n) => n.position!.x))).toBe(900);
    expect(Math.min(...pasted.map((n) => n.position!.y))).toBe(700);
  });

  it('shows each command’s shortcut', () => {
    const entries = contextMenuEntries({ type: 'node', id: 'serviceA' }, fresh(['serviceA']), memoryClipboard());
    expect(entries.find((e) => e.id === 'duplicate')?.shortcut).toBe('Ctrl+D');
  });
});
