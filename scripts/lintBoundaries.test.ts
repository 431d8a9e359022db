import { readdirSync, readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const dir = new URL('../lint-fixtures/', import.meta.url);
const fixtures = readdirSync(dir).filter((name) => name.endsWith('.ts'));
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

/** Each fixture is linted as if it stood where its first line says. */
async function problemsOf(name: string) {
  const text = readFileSync(new URL(name, dir), 'utf8');
  const filePath = /^\/\/ as: (\S+)/.exec(text)![1]!;
  const [result] = await eslint.lintText(text, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals');
}

// ESLint takes a while to load on a busy machine.
describe('architecture boundaries (npm run lint)', { timeout: 60_000 }, () => {
  it.each(fixtures.filter((name) => name !== 'allowed.ts'))('refuses %s', async (name) => {
    expect((await problemsOf(name)).length).toBeGreaterThan(0);
  });

  it('refuses each browser global the pure core reaches for', async () => {
    expect((await problemsOf('analysis-uses-dom.ts')).map((m) => m.message)).toHaveLength(3);
  });

  it('allows a folder’s public face', async () => {
    expect(await problemsOf('allowed.ts')).toEqual([]);
  });
});
