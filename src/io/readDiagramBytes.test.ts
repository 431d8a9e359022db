import { describe, expect, it } from 'vitest';
import { fanOut } from '../templates';
import { readDiagramBytes } from './readDiagramBytes';

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('readDiagramBytes', () => {
  it('reads Flowmap JSON, and names the field of a bad one', () => {
    const read = readDiagramBytes(bytesOf(JSON.stringify(fanOut)));
    expect(read.ok && read.doc.title).toBe(fanOut.title);
    const bad = readDiagramBytes(bytesOf(JSON.stringify({ ...fanOut, title: 7 })));
    expect(bad.ok ? '' : bad.errors.join()).toMatch(/^title:/);
  });

  it('takes bytes that start like a PNG for an image, and refuses one that carries no diagram', () => {
    const plain = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(readDiagramBytes(plain).ok).toBe(false);
  });

});
