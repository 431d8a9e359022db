import { describe, expect, it } from 'vitest';
import { sizeProblem } from '../io';
import { isValidated, loadDocument, type FlowDocument } from '../model';
import { fanOut } from '../templates';
import { serializeForSave } from './records';

describe('serializeForSave', () => {
  it('writes a document validated on its way in as it is, without checking it again', () => {
    const loaded = loadDocument(JSON.parse(JSON.stringify(fanOut)));
    if (!loaded.ok) throw new Error(loaded.errors.join());
    expect(isValidated(loaded.doc)).toBe(true);
    expect(serializeForSave(loaded.doc)).toEqual({ ok: true, text: JSON.stringify(loaded.doc) });
  });

  it('checks every other document, and refuses one that could not be opened again', () => {
    const edited: FlowDocument = { ...fanOut, nodes: fanOut.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: Infinity, y: 0 } } : n)) };
    expect(isValidated(edited)).toBe(false);
    const saved = serializeForSave(edited);
    expect(saved.ok).toBe(false);
    expect(saved.ok ? '' : saved.errors.join()).toMatch(/nodes\[0\]\.position\.x/);
  });

  it('checks an edited document against the last one saved: what the edit changed is checked again', () => {
    const loaded = loadDocument(JSON.parse(JSON.stringify(fanOut)));
    if (!loaded.ok) throw new Error(loaded.errors.join());
    const renamed = { ...loaded.doc, nodes: loaded.doc.nodes.map((n, i) => (i === 1 ? { ...n, label: 'Edge proxy' } : n)) };
    expect(serializeForSave(renamed, loaded.doc)).toEqual({ ok: true, text: JSON.stringify(renamed) });
    expect(isValidated(renamed)).toBe(true);
    const broken = { ...renamed, nodes: renamed.nodes.map((n, i) => (i === 2 ? { ...n, label: '' } : n)) };
    const saved = serializeForSave(broken, renamed);
    expect(saved.ok ? '' : saved.errors.join()).toMatch(/nodes\[2\]\.label/);
  });

  it('names a text past the size limit', () => {
    expect(sizeProblem('x'.repeat(6 * 1024 * 1024))).toMatch(/6\.0 MB; the limit is 5\.0 MB/);
    expect(sizeProblem('{}')).toBeUndefined();
  });
});
