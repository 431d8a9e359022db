import { describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES, parseDocumentText } from './importText';
import { fanOut } from '../templates';

describe('parseDocumentText', () => {
  it('loads a valid document', () => {
    expect(parseDocumentText(JSON.stringify(fanOut))).toEqual({ ok: true, doc: fanOut });
  });

  it('says what is wrong with bad JSON, a bad field, or an oversized file', () => {
    expect(parseDocumentText('{ "format": ')).toEqual({ ok: false, errors: [expect.stringMatching(/^Not valid JSON: /)] });
    expect(parseDocumentText(JSON.stringify({ ...fanOut, title: 5 }))).toEqual({ ok: false, errors: [expect.stringMatching(/^title: /)] });
    expect(parseDocumentText(' '.repeat(MAX_TEXT_BYTES + 1))).toEqual({ ok: false, errors: ['The file is 5.0 MB; the limit is 5.0 MB'] });
  });

  it('refuses a huge graph before validating it', () => {
    const nodes = Array.from({ length: 100_000 }, () => 0);
    expect(parseDocumentText(JSON.stringify({ ...fanOut, nodes }))).toEqual({ ok: false, errors: ['nodes: 100,000 nodes is more than Flowmap opens (20,000)'] });
  });

  it('does not let __proto__ keys pollute prototypes, and rejects them as unknown fields', () => {
    const result = parseDocumentText(JSON.stringify(fanOut).replace('{', '{"__proto__":{"polluted":1},'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result).toEqual({ ok: false, errors: ['__proto__: unknown field (not part of the format)'] });
  });
});
