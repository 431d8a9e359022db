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
    const timed = (limit: number) => {
      const started = performance.now();
      const result = inflateLimited(bomb, limit);
      return { result, ms: performance.now() - started };
    };
    const whole = timed(1024 * 1024 * 1024);
    const limited = timed(10 * 1024 * 1024);
    expect(whole.result.ok).toBe(true);
    expect(limited.result).toEqual({ ok: false, error: 'too-large' });
    // Compared with inflating it all in the same run, so a busy machine slows both alike.
    expect(limited.ms).toBeLessThan(whole.ms * 0.6);
  });

  it('reports truncated and corrupt data', () => {
    const data = deflateSync(strToU8('x'.repeat(5000) + Math.random().toString(36).repeat(200)));
    expect(inflateLimited(data.subarray(0, data.length - 10), 1e6)).toMatchObject({ ok: false });
    expect(inflateLimited(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1e6)).toMatchObject({ ok: false, error: 'corrupt' });
  });
});
