import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Section } from './report';

const kb = (bytes: number) => bytes / 1024;
const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export function bundleSection(): Section {
  const outDir = mkdtempSync(join(tmpdir(), 'flowmap-bundle-'));
  try {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', outDir], { stdio: ['ignore', 'ignore', 'inherit'] });
    const assets = readdirSync(join(outDir, 'assets')).map((name) => ({ name, size: gzipped(join(outDir, 'assets', name)) }));
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const entry = assets.filter((a) => a.name.endsWith('.js') && html.includes(a.name));
    const lazy = assets.filter((a) => a.name.endsWith('.js') && !html.includes(a.name));
    const sum = (list: typeof assets) => list.reduce((total, a) => total + a.size, 0);
    const entryKb = kb(sum(entry));
    return {
      name: 'Bundle (gzipped)',
      rows: [
        { figure: 'JS loaded with the app', value: entryKb, unit: 'KB', target: '≤ 350 KB', met: entryKb <= 350 },
        { figure: 'JS loaded on demand (elkjs auto layout)', value: kb(sum(lazy)), unit: 'KB', note: lazy.map((a) => a.name).join(', ') },
        { figure: 'CSS', value: kb(sum(assets.filter((a) => a.name.endsWith('.css')))), unit: 'KB' },
      ],
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
