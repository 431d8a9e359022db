import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';
import { editToPanelMs, firstRenderMs, panZoomFps } from './measure';

export interface CanvasFigures {
  nodes: number;
  flowmap: { firstRenderMs: number; fps: number };
  bare: { firstRenderMs: number; fps: number };
  editToPanelMs?: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Builds the two bench pages, serves them, and drives each in headless Chromium at every size. */
export async function measureCanvas(sizes: readonly number[], editSize: number): Promise<CanvasFigures[]> {
  const root = resolve(import.meta.dirname);
  const outDir = mkdtempSync(join(tmpdir(), 'flowmap-bench-'));
  const config = { root, logLevel: 'error' as const, plugins: [react()], build: { outDir, emptyOutDir: true, rollupOptions: { input: { flowmap: join(root, 'flowmap.html'), bare: join(root, 'bare.html') } } } };
  await build(config);
  const server = await preview({ ...config, preview: { port: 4199, strictPort: false, host: '127.0.0.1' } });
  const origin = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4199/';
  const browser = await chromium.launch({ executablePath: process.env.FLOWMAP_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
  try {
    const figures: CanvasFigures[] = [];
    for (const nodes of sizes) {
      const run = async (page: string) => {
        const tab = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        const rendered = await firstRenderMs(tab, `${origin}${page}.html?n=${nodes}`);
        const fps = await panZoomFps(tab);
        const edit = page === 'flowmap' && nodes === editSize ? median(await editToPanelMs(tab)) : undefined;
        await tab.close();
        return { firstRenderMs: rendered, fps, edit };
      };
      const flowmap = await run('flowmap');
      const bare = await run('bare');
      figures.push({ nodes, flowmap: { firstRenderMs: flowmap.firstRenderMs, fps: flowmap.fps }, bare: { firstRenderMs: bare.firstRenderMs, fps: bare.fps }, editToPanelMs: flowmap.edit });
    }
    return figures;
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}
