import { describe, expect, it } from 'vitest';
import { parseArgs } from './options';
import { formatRules, parseConfig, parseRuleArg } from './ruleSettings';

describe('rule settings', () => {
  it('reads --rule id=setting, repeated, in either spelling, and refuses unknown rules or settings', () => {
    expect(parseArgs(['lint', 'a.json', '--rule', 'fan-out=off', '--rule=ordering=info', '--config', 'x.json'])).toEqual({
      ok: true, command: 'lint', files: ['a.json'], options: { format: 'text', failOn: 'error', answers: false, rules: { 'fan-out': 'off', ordering: 'info' }, config: 'x.json' },
    });
    expect(parseRuleArg('no-such-rule=off')).toBe('--rule: unknown rule "no-such-rule" (see flowmap rules)');
    expect(parseRuleArg('fan-out=loud')).toBe('--rule fan-out: expected one of off, info, warning, error');
  });

  it('reads flowmap.config.json, naming what is wrong', () => {
    expect(parseConfig('{"rules":{"dead-letter":"off"}}')).toEqual({ ok: true, rules: { 'dead-letter': 'off' } });
    expect(parseConfig('{"rules":{"dead-letter":"never"}}')).toMatchObject({ ok: false, error: expect.stringMatching(/^rules\.dead-letter: /) });
    expect(parseConfig('{"rules":{"made-up":"off"}}')).toMatchObject({ ok: false, error: expect.stringMatching(/does not exist/) });
    expect(parseConfig('{')).toMatchObject({ ok: false, error: expect.stringMatching(/^not JSON/) });
  });

  it('lists every rule with its default severity, question, title and docs anchor', () => {
    const listed = formatRules();
    expect(listed).toMatch(/^poison-message +warning +failure +A failing message must not block the rest +\(docs\/rules\.md#poison-message; reads /m);
    expect(listed).toMatch(/^stale-waiver +info /m);
  });
});
