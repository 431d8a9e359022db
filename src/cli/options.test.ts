import { describe, expect, it } from 'vitest';
import { parseArgs } from './options';

const usage = (error: string) => ({ ok: false, help: false, error });

describe('parseArgs', () => {
  it('reads lint files and flags, in either spelling', () => {
    expect(parseArgs(['lint', 'a.json', '--format', 'sarif', '--fail-on=warning', 'b.json', '--baseline=old/', '--answers'])).toEqual({
      ok: true,
      command: 'lint',
      files: ['a.json', 'b.json'],
      options: { format: 'sarif', failOn: 'warning', answers: true },
      baseline: 'old/',
    });
  });

  it('defaults to text, error, no answers and no baseline', () => {
    expect(parseArgs(['lint', 'a.json'])).toEqual({ ok: true, command: 'lint', files: ['a.json'], options: { format: 'text', failOn: 'error', answers: false } });
  });

  it('reads diff OLD NEW with its own formats', () => {
    expect(parseArgs(['diff', 'old.json', 'new.json', '--format=markdown'])).toEqual({ ok: true, command: 'diff', old: 'old.json', new: 'new.json', format: 'markdown' });
    expect(parseArgs(['diff', 'old.json'])).toEqual(usage('diff takes two files, OLD and NEW (got 1)'));
    expect(parseArgs(['diff', 'a', 'b', '--format', 'sarif'])).toEqual(usage('--format: expected one of text, json, markdown, got "sarif"'));
    expect(parseArgs(['diff', 'a', 'b', '--answers'])).toEqual(usage('unknown option "--answers"'));
  });

  it('asks for help, and refuses what it does not know', () => {
    expect(parseArgs([])).toEqual({ ok: false, help: true });
    expect(parseArgs(['lint', '--help'])).toEqual({ ok: false, help: true });
    expect(parseArgs(['check', 'a.json'])).toEqual(usage('unknown command "check"'));
    expect(parseArgs(['lint', 'a.json', '--strict'])).toEqual(usage('unknown option "--strict"'));
    expect(parseArgs(['lint', 'a.json', '--format', 'xml'])).toEqual(usage('--format: expected one of text, json, sarif, markdown, got "xml"'));
    expect(parseArgs(['lint', '--fail-on'])).toEqual(usage('--fail-on: expected one of error, warning, never'));
    expect(parseArgs(['lint', 'a.json', '--baseline'])).toEqual(usage('--baseline: expected a file or folder'));
    expect(parseArgs(['lint', 'a.json', '--answers=yes'])).toEqual(usage('--answers takes no value'));
    expect(parseArgs(['lint'])).toEqual(usage('no FILE given'));
  });

  it('takes a value up to the end, so --format=json=evil is refused, not read as json', () => {
    expect(parseArgs(['lint', 'a.json', '--format=json=evil'])).toEqual(usage('--format: expected one of text, json, sarif, markdown, got "json=evil"'));
    expect(parseArgs(['lint', 'a.json', '--format='])).toEqual(usage('--format: expected one of text, json, sarif, markdown'));
  });
});
