import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8, zlibSync } from 'fflate';
import { inflateLimited } from './inflateLimited';

describe('inflateLimited', () => {
  it('inflates raw deflate and zlib data', () => {
    const text = 'flowmap '.repeat(1000);
    const raw = inflateLimited(deflateSync(strToU8(text)), 1e6);
    expect(raw.ok && new TextDecoder().decode(raw.bytes)).toBe(text);
    const zlib = inflateLimited(zlibSync(strToU8(text)), 1e6, 'zlib');
    expect(zlib.ok && zlib.bytes.length).toBe(text.length);
  });

  it('stops a zip bomb at the limit instead of inflating it all', () => {
    const bomb = deflateSync(new Uint8Array(50 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const started = performance.now();
    expect(inflateLimited(bomb, 10 * 1024 * 1024)).toEqual({ ok: false, error: 'too-large' });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reports truncated and corrupt data', () => {
    const data = deflateSync(strToU8('x'.repeat(5000) + Math.random().toString(36).repeat(200)));
    expect(inflateLimited(data.subarray(0, data.length - 10), 1e6)).toMatchObject({ ok: false });
    expect(inflateLimited(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1e6)).toMatchObject({ ok: false, error: 'corrupt' });
  });
});
