import { describe, expect, it } from 'vitest';
import { fanOut } from '../templates';
import { isValidated } from '../model';
import { readDiagramOffThread } from './browser';
import { readDiagramBytes } from './readDiagramBytes';
import { encodeShareFragment } from './shareLink';

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

  it('where no worker can start, reads in process, and the document comes back remembered as validated', async () => {
    const read = await readDiagramOffThread({ bytes: bytesOf(JSON.stringify(fanOut)).buffer as ArrayBuffer });
    if (!read.ok) throw new Error(read.errors.join());
    expect(read.doc.nodes).toHaveLength(fanOut.nodes.length);
    expect(isValidated(read.doc)).toBe(true);
  });

  it('reads a share link the same way, and says why a damaged one cannot be read', async () => {
    const read = await readDiagramOffThread({ link: encodeShareFragment(fanOut) });
    expect(read.ok && read.doc.edges).toHaveLength(fanOut.edges.length);
    expect((await readDiagramOffThread({ link: '#d=not-a-diagram' })).ok).toBe(false);
  });
});
