import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import { changeEvent, dualWrite, fanOut } from '../templates';
import { toBase64Url } from './base64url';
import { decodeShareFragment, encodeShareFragment, isSafeLinkLength, MAX_SAFE_LINK_LENGTH } from './shareLink';

const ORIGIN = 'https://flowmap.example/#';
const fragmentOf = (text: string) => `d=${toBase64Url(deflateSync(strToU8(text)))}`;
const errorOf = (hash: string) => {
  const result = decodeShareFragment(hash);
  return result.ok ? undefined : result.errors.join('; ');
};

describe('share links', () => {
  it('the essay’s fan-out map fits in a link under 2,000 characters', () => {
    for (const doc of [fanOut, dualWrite, changeEvent]) expect((ORIGIN + encodeShareFragment(doc)).length).toBeLessThan(2000);
  });

  it('round-trips with or without the #, rounding positions to whole pixels', () => {
    expect(decodeShareFragment(encodeShareFragment(fanOut))).toEqual({ ok: true, doc: fanOut });
    const moved = { ...fanOut, nodes: fanOut.nodes.map((n) => ({ ...n, position: { x: 10.4, y: 20.6 } })) };
    const back = decodeShareFragment(`#${encodeShareFragment(moved)}`);
    expect(back.ok && back.doc.nodes[0]?.position).toEqual({ x: 10, y: 21 });
  });

  it('says what is wrong with a broken link', () => {
    const good = encodeShareFragment(fanOut);
    expect(errorOf('#x=1')).toMatch(/no diagram/);
    expect(errorOf('#d=')).toMatch(/damaged/);
    expect(errorOf('#d=abc$%')).toMatch(/damaged/);
    expect(errorOf(`#${good.slice(0, good.length - 30)}`)).toMatch(/cut short|damaged/);
    expect(errorOf(`#${fragmentOf('{"format":"flowmap","version":99,"title":"","nodes":[],"edges":[]}')}`)).toMatch(/version/);
    expect(errorOf(`#${fragmentOf('{"format":"flowmap","version":1,"title":"","nodes":[{"id":"a","kind":"robot","label":"A"}],"edges":[]}')}`)).toMatch(/nodes\[0\]\.kind/);
  });

  it('refuses a link that unpacks past 10 MB, quickly', () => {
    const bomb = `d=${toBase64Url(deflateSync(new Uint8Array(30 * 1024 * 1024).fill(32), { level: 9 }))}`;
    expect(bomb.length).toBeLessThan(100_000);
    expect(errorOf(bomb)).toMatch(/larger than 10 MB/);
  });
});

describe('safe link length', () => {
  it('accepts the templates and refuses a link past what browsers open (a 3.1 M-character link was reported copied)', () => {
    for (const doc of [fanOut, dualWrite, changeEvent]) expect(isSafeLinkLength(ORIGIN + encodeShareFragment(doc))).toBe(true);
    expect(isSafeLinkLength(`${ORIGIN}d=${'A'.repeat(MAX_SAFE_LINK_LENGTH - ORIGIN.length - 2)}`)).toBe(true);
    expect(isSafeLinkLength(`${ORIGIN}d=${'A'.repeat(MAX_SAFE_LINK_LENGTH - ORIGIN.length - 1)}`)).toBe(false);
    expect(isSafeLinkLength(`${ORIGIN}d=${'A'.repeat(3_100_000)}`)).toBe(false);
    expect(MAX_SAFE_LINK_LENGTH).toBeLessThanOrEqual(1024 * 1024);
  });
});
