import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadDocument } from '../model';
import { fanOut } from '../templates';
import { arbitraryDocument } from './testing/arbitraries';
import { serializeDocument } from './exportJson';
import { parseDocumentText } from './importText';
import { decodeShareFragment, encodeShareFragment } from './shareLink';
import { embedDocumentInPng, extractDocumentFromPng } from './pngMetadata';
import { tinyPng } from './testing/tinyPng';

const TIME_BOUND_MS = 500;

function settles(run: () => { ok: boolean; errors?: string[] }) {
  const started = performance.now();
  const result = run();
  expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS);
  if (!result.ok) expect(result.errors?.length).toBeGreaterThan(0);
}

describe('round trips are identities', () => {
  it('the generated documents are valid', () => {
    fc.assert(fc.property(arbitraryDocument(), (doc) => {
      expect(loadDocument(doc)).toEqual({ ok: true, doc });
    }), { numRuns: 100 });
  });

  it('document → JSON → document', () => {
    fc.assert(fc.property(arbitraryDocument(), (doc) => {
      expect(parseDocumentText(serializeDocument(doc))).toEqual({ ok: true, doc });
    }), { numRuns: 150 });
  });

  it('document → link → document', () => {
    fc.assert(fc.property(arbitraryDocument(), (doc) => {
      expect(decodeShareFragment(`#${encodeShareFragment(doc)}`)).toEqual({ ok: true, doc });
    }), { numRuns: 150 });
  });

  it('document → PNG bytes → document', () => {
    fc.assert(fc.property(arbitraryDocument(), (doc) => {
      expect(extractDocumentFromPng(embedDocumentInPng(tinyPng(), doc))).toEqual({ ok: true, doc });
    }), { numRuns: 100 });
  });
});

describe('bad input never throws or hangs, and always says why', () => {
  const valid = serializeDocument(fanOut);
  it('random and mutated text to the JSON import', () => {
    const mutated = fc.tuple(fc.nat(valid.length), fc.nat(40), fc.string({ maxLength: 8 })).map(([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(at + cut));
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), mutated), (input) => settles(() => parseDocumentText(input))), { numRuns: 300 });
  });

  it('random and mutated share links', () => {
    const link = encodeShareFragment(fanOut);
    const mutated = fc.tuple(fc.nat(link.length), fc.nat(20), fc.string({ maxLength: 6 })).map(([at, cut, insert]) => link.slice(0, at) + insert + link.slice(at + cut));
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string().map((s) => `#d=${s}`), mutated), (input) => settles(() => decodeShareFragment(input))), { numRuns: 300 });
  });

  it('random bytes and mutated PNGs', () => {
    const png = embedDocumentInPng(tinyPng(), fanOut);
    const mutated = fc.tuple(fc.nat(png.length - 1), fc.integer({ min: 0, max: 255 }), fc.nat(png.length)).map(([at, byte, cutAt]) => {
      const copy = png.slice(0, Math.max(cutAt, 9));
      if (at < copy.length) copy[at] = byte;
      return copy;
    });
    fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), mutated), (bytes) => settles(() => extractDocumentFromPng(bytes))), { numRuns: 300 });
  });
});
