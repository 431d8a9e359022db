import { z } from 'zod';
import { RULES, type RuleSetting } from '../analysis';

export type RuleSettings = Record<string, RuleSetting>;

const SETTINGS = ['off', 'info', 'warning', 'error'] as const;
const KNOWN = new Set(RULES.map((rule) => rule.id));

/** `flowmap.config.json`: `{ "rules": { "<rule id>": "off" | "info" | "warning" | "error" } }`. */
const Config = z.strictObject({
  rules: z.record(z.string(), z.enum(SETTINGS)).refine((rules) => Object.keys(rules).every((id) => KNOWN.has(id)), {
    message: `names a rule that does not exist (see flowmap rules)`,
  }).optional(),
});

/** `id=setting` from `--rule`, or what is wrong with it. */
export function parseRuleArg(arg: string | undefined): { id: string; setting: RuleSetting } | string {
  const [id, setting] = (arg ?? '').split('=', 2);
  if (!id || !KNOWN.has(id)) return `--rule: unknown rule "${id ?? ''}" (see flowmap rules)`;
  if (!(SETTINGS as readonly string[]).includes(setting ?? '')) return `--rule ${id}: expected one of ${SETTINGS.join(', ')}`;
  return { id, setting: setting as RuleSetting };
}

/** The rule settings of a config file's text, or the problems with it, naming the field. */
export function parseConfig(text: string): { ok: true; rules: RuleSettings } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON (${(error as Error).message})` };
  }
  const parsed = Config.safeParse(json);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') };
  return { ok: true, rules: parsed.data.rules ?? {} };
}

/** `flowmap rules`: every rule's id, default severity, question and title, and where it is documented. */
export function formatRules(): string {
  const width = Math.max(...RULES.map((rule) => rule.id.length));
  const lines = RULES.map((rule) => `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.question.padEnd(9)}  ${rule.title}  (${rule.docs}${rule.facts.length > 0 ? `; reads ${rule.facts.join(', ')}` : ''})`);
  return `${lines.join('\n')}\n`;
}
