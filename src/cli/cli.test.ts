import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const flowmap = (...args: string[]) => spawnSync(process.execPath, ['bin/flowmap.js', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('bin/flowmap.js', { timeout: 30_000 }, () => {
  it('exits 1 with findings and prints SARIF on request', () => {
    const run = flowmap('lint', 'src/cli/fixtures/fan-out.json', '--format', 'sarif');
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout).runs[0].results;
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.partialFingerprints['flowmapFinding/v1']).toMatch(new RegExp(`^${result.ruleId}\\|`));
  });

  it('exits 0 on a clean file and 2 on bad input, naming file and field', () => {
    expect(flowmap('lint', 'src/cli/fixtures/change-event.json').status).toBe(0);
    const bad = flowmap('lint', 'src/cli/fixtures/bad-kind.json');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad-kind\.json: nodes\[3\]\.kind: expected one of/);
    const usage = flowmap('lint', '--nope');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('flowmap lint FILE...');
  });

  it('diffs two files: exit 0 when nothing changed, 1 when something did', () => {
    expect(flowmap('diff', 'src/cli/fixtures/fan-out.json', 'src/cli/fixtures/fan-out.json').status).toBe(0);
    const changed = flowmap('diff', 'src/cli/fixtures/fan-out.json', 'src/cli/fixtures/change-event.json', '--format', 'json');
    expect(changed.status).toBe(1);
    expect(JSON.parse(changed.stdout).findings.resolved.length).toBeGreaterThan(0);
  });
});
