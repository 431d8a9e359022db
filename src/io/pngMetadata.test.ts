import { describe, expect, it } from 'vitest';
import { fanOut } from '../templates';
import { embedDocumentInPng, extractDocumentFromPng } from './pngMetadata';
import { tinyPng } from './testing/tinyPng';

const errorOf = (bytes: Uint8Array) => {
  const result = extractDocumentFromPng(bytes);
  return result.ok ? undefined : result.errors.join('; ');
};

describe('PNG metadata', () => {
  it('embeds the diagram before IEND as an iTXt chunk and reads it back', () => {
    const png = embedDocumentInPng(tinyPng(), fanOut);
    const text = new TextDecoder('latin1').decode(png);
    expect(text.indexOf('iTXtflowmap')).toBeGreaterThan(0);
    expect(text.indexOf('iTXtflowmap')).toBeLessThan(text.indexOf('IEND'));
    expect(extractDocumentFromPng(png)).toEqual({ ok: true, doc: fanOut });
  });

  it('tells other images and damaged data apart', () => {
    expect(errorOf(new TextEncoder().encode('{"format":"flowmap"}'))).toMatch(/Not a PNG/);
    expect(errorOf(tinyPng())).toMatch(/no Flowmap diagram/);
    const png = embedDocumentInPng(tinyPng(), fanOut);
    const damaged = png.slice();
    damaged[png.length - 40] = (damaged[png.length - 40] ?? 0) ^ 0xff;
    expect(errorOf(damaged)).toMatch(/damaged/);
    expect(errorOf(png.slice(0, png.length - 20))).toMatch(/Not a PNG/);
  });

  it('refuses images past 20 MB', () => {
    expect(errorOf(new Uint8Array(21 * 1024 * 1024))).toMatch(/20 MB/);
  });

  it('refuses to embed into something that is not a PNG', () => {
    expect(() => embedDocumentInPng(new Uint8Array([1, 2, 3]), fanOut)).toThrow(/Not a PNG/);
  });
});
