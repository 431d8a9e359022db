import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { encodeShareFragment } from '../src/io';
import { focusFor, installFelt, keystrokes, leave, openFile, openLink, panAndZoom, type Opening, type Typing } from './canvas/felt';
import { generateDiagram } from './generate';
import type { Row, Section } from './report';

const SIZES = [1, 1_000, 5_000];
const TYPING: Typing[] = ['title', 'inspector label', 'canvas rename'];
const KEYSTROKE_TARGET: Record<number, number> = { 1_000: 50, 5_000: 100 };
const OPEN_SIZE = 5_000;
/** The visitor's own map, saved in the browser, when a share link opens over it. */
const OWN_SIZE = 1_000;
/** The format's limit: it must open and pan without freezing the tab for more than a second at a time. */
const LIMIT_SIZE = 20_000;
const FREEZE_TARGET = 1_000;

function limitRows(opening: Opening, panMs: number): Row[] {
  const size = `${LIMIT_SIZE.toLocaleString('en')} nodes (the format's limit)`;
  return [
    { figure: `open a file, ${size}, to the first interactive frame`, value: opening.ms, unit: 'ms' },
    { figure: `… longest main-thread task while opening ${size}`, value: opening.longestTaskMs, unit: 'ms', target: `≤ ${FREEZE_TARGET.toLocaleString('en')} ms`, met: opening.longestTaskMs <= FREEZE_TARGET },
    { figure: `longest main-thread task while panning and zooming ${size}`, value: panMs, unit: 'ms', target: `≤ ${FREEZE_TARGET.toLocaleString('en')} ms`, met: panMs <= FREEZE_TARGET, note: '30 wheel pans, 10 Ctrl+wheel zooms' },
  ];
}

function openingRows(what: string, opening: Opening): Row[] {
  return [
    { figure: `open ${what}, ${OPEN_SIZE.toLocaleString('en')} nodes, to the first interactive frame`, value: opening.ms, unit: 'ms', target: '≤ 1,500 ms', met: opening.ms <= 1_500 },
    { figure: `… longest main-thread task while opening ${what}`, value: opening.longestTaskMs, unit: 'ms', target: '≤ 200 ms', met: opening.longestTaskMs <= 200 },
  ];
}

/** Keystroke to next frame and opening a big map, in the production build (its CSP, its worker) in headless Chromium. */
export async function feltSection(): Promise<Section> {
  const root = resolve(import.meta.dirname, '..');
  const outDir = mkdtempSync(join(tmpdir(), 'flowmap-felt-'));
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({ root, logLevel: 'error', build: { outDir }, preview: { port: 4198, strictPort: false, host: '127.0.0.1' } });
  const origin = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4198/';
  const browser = await chromium.launch({ executablePath: process.env.FLOWMAP_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
  const rows: Row[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(origin);
    await page.getByRole('button', { name: /^Open/ }).first().waitFor();
    await installFelt(page);
    const floor = new Map<Typing, number>();
    for (const nodes of SIZES) {
      const file = join(outDir, `map-${nodes}.json`);
      writeFileSync(file, JSON.stringify(generateDiagram(nodes, 7)));
      const opening = await openFile(page, file, nodes);
      await page.waitForTimeout(2_000);
      for (const typing of TYPING) {
        await focusFor(page, typing);
        const ms = await keystrokes(page);
        await leave(page, typing);
        if (nodes === 1) {
          floor.set(typing, ms);
          rows.push({ figure: `keystroke → next frame, ${typing}, one node (the floor)`, value: ms, unit: 'ms' });
          continue;
        }
        const target = KEYSTROKE_TARGET[nodes]!;
        const note = `${(ms / floor.get(typing)!).toFixed(1)} × the floor`;
        rows.push({ figure: `keystroke → next frame, ${typing}, ${nodes.toLocaleString('en')} nodes`, value: ms, unit: 'ms', target: `≤ ${target} ms`, met: ms <= target, note });
      }
      if (nodes === OPEN_SIZE) rows.push(...openingRows('a file', opening));
    }
    const limit = join(outDir, `map-${LIMIT_SIZE}.json`);
    writeFileSync(limit, JSON.stringify(generateDiagram(LIMIT_SIZE, 7)));
    const openedLimit = await openFile(page, limit, LIMIT_SIZE);
    await page.waitForTimeout(2_000);
    rows.push(...limitRows(openedLimit, await panAndZoom(page)));
    const linked = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const shared = generateDiagram(OPEN_SIZE, 7);
    const link = `${origin}#${encodeShareFragment(shared)}`;
    rows.push(...openingRows('a share link', await openLink(linked, link, OPEN_SIZE, shared.title)));
    // A visitor with a map of their own in this browser: it is loaded (and kept for Close) as the link opens.
    const visitor = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const own = await visitor.newPage();
    await own.goto(origin);
    await own.getByRole('button', { name: /^Open/ }).first().waitFor();
    await installFelt(own);
    await openFile(own, join(outDir, `map-${OWN_SIZE}.json`), OWN_SIZE);
    await own.waitForTimeout(1_500);
    await own.close();
    rows.push(...openingRows(`a share link over a ${OWN_SIZE.toLocaleString('en')}-node map of the visitor's own`, await openLink(await visitor.newPage(), link, OPEN_SIZE, shared.title)));
    return { name: 'Felt latency (production build, headless Chromium)', rows };
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}
