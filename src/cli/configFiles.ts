import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseConfig, type RuleSettings } from './ruleSettings';

const CONFIG_NAME = 'flowmap.config.json';
const loaded = new Map<string, { rules?: RuleSettings; configError?: string }>();

/** The rule settings for a diagram: from `--config`, else a flowmap.config.json in its folder, else none. Each file is read once. */
export function configFor(diagram: string, explicit: string | undefined): { rules?: RuleSettings; configError?: string } {
  const path = explicit ?? join(dirname(diagram), CONFIG_NAME);
  let config = loaded.get(path);
  if (!config) {
    if (explicit === undefined && !existsSync(path)) config = {};
    else {
      let text: string | undefined;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        config = { configError: `${path}: cannot read the config file (${(error as Error).message})` };
      }
      if (text !== undefined) {
        const parsed = parseConfig(text);
        config = parsed.ok ? { rules: parsed.rules } : { configError: `${path}: ${parsed.error}` };
      }
    }
    loaded.set(path, config!);
  }
  return config!;
}
