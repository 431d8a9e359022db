import { describe, expect, it } from 'vitest';
import { isValidated } from '../../model';
import { fanOut } from '../../templates';
import { encodeShareFragment } from '../shareLink';
import { readDiagramOffThread } from './readOffThread';

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('readDiagramOffThread', () => {
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
