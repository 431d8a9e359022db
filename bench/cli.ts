import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../src/cli/lint';
import { generateDiagram } from './generate';
import type { Section } from './report';

const FILES = 1_000;

export function cliSection(): Section {
  const dir = mkdtempSync(join(tmpdir(), 'flowmap-cli-bench-'));
  try {
    for (let i = 0; i < FILES; i++) writeFileSync(join(dir, `d${i}.json`), JSON.stringify(generateDiagram(12, i)));
    const paths = readdirSync(dir).map((name) => join(dir, name));
    const started = performance.now();
    const files = paths.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    [...lintFiles(files, { format: 'json', failOn: 'never', color: false, answers: true }).output].join('');
    const inProcess = FILES / ((performance.now() - started) / 1000);
    const spawnStarted = performance.now();
    const run = spawnSync(process.execPath, ['bin/flowmap.js', 'lint', ...paths, '--format', 'json', '--answers', '--fail-on', 'never'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const spawned = FILES / ((performance.now() - spawnStarted) / 1000);
    if (run.status !== 0) throw new Error(`flowmap lint failed: ${run.stderr}`);
    return {
      name: 'CLI',
      rows: [
        { figure: `lintFiles in process, ${FILES} files of 12 nodes`, value: inProcess, unit: 'files/s' },
        { figure: `npx flowmap lint, one process, ${FILES} files`, value: spawned, unit: 'files/s', note: 'includes Node start-up and TypeScript loading' },
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
