import { describe, expect, it } from 'vitest';
import { parseArgs } from './options';

describe('parseArgs', () => {
  it('reads files and both flags, in either spelling', () => {
    expect(parseArgs(['lint', 'a.json', '--format', 'sarif', '--fail-on=warning', 'b.json'])).toEqual({
      ok: true,
      files: ['a.json', 'b.json'],
      options: { format: 'sarif', failOn: 'warning' },
    });
  });

  it('defaults to text and error', () => {
    expect(parseArgs(['lint', 'a.json'])).toEqual({ ok: true, files: ['a.json'], options: { format: 'text', failOn: 'error' } });
  });

  it('asks for help, and refuses what it does not know', () => {
    expect(parseArgs([])).toEqual({ ok: false, help: true });
    expect(parseArgs(['lint', '--help'])).toEqual({ ok: false, help: true });
    expect(parseArgs(['check', 'a.json'])).toEqual({ ok: false, help: false, error: 'unknown command "check"' });
    expect(parseArgs(['lint', 'a.json', '--strict'])).toEqual({ ok: false, help: false, error: 'unknown option "--strict"' });
    expect(parseArgs(['lint', 'a.json', '--format', 'xml'])).toEqual({ ok: false, help: false, error: '--format: expected one of text, json, sarif, got "xml"' });
    expect(parseArgs(['lint', '--fail-on'])).toEqual({ ok: false, help: false, error: '--fail-on: expected one of error, warning, never' });
    expect(parseArgs(['lint'])).toEqual({ ok: false, help: false, error: 'no FILE given' });
  });
});
