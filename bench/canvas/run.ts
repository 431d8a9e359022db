import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';
import { median } from '../report';
import { editToPanelMs, firstRenderMs, panZoomFps } from './measure';

export interface CanvasFigures {
  nodes: number;
  flowmap: { firstRenderMs: number; fps: number };
  bare: { firstRenderMs: number; fps: number };
  editToPanelMs?: number;
}

const TRIALS = 3;

/** Builds the two bench pages, serves them, and drives each in headless Chromium at every size. */
export async function measureCanvas(sizes: readonly number[], editSizes: readonly number[]): Promise<CanvasFigures[]> {
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
      const open = async (page: string) => {
        const tab = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        return { tab, firstRenderMs: await firstRenderMs(tab, `${origin}${page}.html?n=${nodes}`) };
      };
      const flowmap = await open('flowmap');
      const bare = await open('bare');
      // This machine's frame rates wander from run to run: alternate the pages and keep the medians.
      const fps = { flowmap: [] as number[], bare: [] as number[] };
      for (let trial = 0; trial < TRIALS; trial++) {
        fps.flowmap.push(await panZoomFps(flowmap.tab));
        fps.bare.push(await panZoomFps(bare.tab));
      }
      const edit = editSizes.includes(nodes) ? median(await editToPanelMs(flowmap.tab)) : undefined;
      await Promise.all([flowmap.tab.close(), bare.tab.close()]);
      figures.push({
        nodes,
        flowmap: { firstRenderMs: flowmap.firstRenderMs, fps: median(fps.flowmap) },
        bare: { firstRenderMs: bare.firstRenderMs, fps: median(fps.bare) },
        editToPanelMs: edit,
      });
    }
    return figures;
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}
