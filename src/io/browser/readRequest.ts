import type { LoadResult } from '../../model';
import { readDiagramBytes } from '../readDiagramBytes';
import { decodeShareFragment } from '../shareLink';

/** What the diagram reader is asked to read: a file's bytes, or a share link's fragment. */
export type ReadRequest = { bytes: ArrayBuffer } | { link: string };

export const readDiagramRequest = (request: ReadRequest): LoadResult =>
  'bytes' in request ? readDiagramBytes(new Uint8Array(request.bytes)) : decodeShareFragment(request.link);
