import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { median } from '../report';

/*
 * What a person feels on a big map, measured inside the page of the production build: a keystroke
 * to the next frame the page can paint (keydown → animation frame → the next task), and opening a
 * file or a link to the first interactive frame, with the longest main-thread task on the way.
 * In-page code is passed as text: tsx would otherwise wrap its functions in a helper the page lacks.
 */

const INSTALL = `(() => {
  if (window.__felt) return;
  window.__felt = { long: [] };
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__felt.long.push(e.duration))).observe({ type: 'longtask' });
  addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    window.__felt.latency = new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start))));
  }, true);
})()`;

/** Resolves at the first frame after now, and the task after it: when the page could take the next input. */
const NEXT_FRAME = 'new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))))';

export const installFelt = (page: Page) => page.evaluate(INSTALL);

/** Median milliseconds from each keystroke to the next frame, typing `text` into whatever has focus. */
export async function keystrokes(page: Page, text = 'abcdefgh'): Promise<number> {
  const samples: number[] = [];
  for (const char of text) {
    await page.keyboard.press(char);
    samples.push(await page.evaluate<number>('window.__felt.latency'));
    // Not faster than a person types; and whatever the keystroke set off afterwards settles.
    await page.waitForTimeout(80);
    await page.evaluate(NEXT_FRAME);
  }
  return median(samples);
}

export type Typing = 'title' | 'inspector label' | 'canvas rename';

/**
 * The middle of a node well inside the canvas, so clicking there hits it and not a control (the palette covers the
 * left edge): one React Flow holds, or, on a map zoomed out so far that it is drawn as one picture, a box of the picture.
 */
export async function nodeInView(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate<{ x: number; y: number }>(`(() => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    const inside = ({ x, y }) => x > pane.left + 160 && x < pane.right - 260 && y > pane.top + 60 && y < pane.bottom - 200;
    const middles = [...document.querySelectorAll('.react-flow__node')].map((el) => {
      const box = el.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    const [tx, ty, zoom] = [...document.querySelector('.react-flow__viewport').style.transform.matchAll(/-?[\\d.]+/g)].map(Number);
    for (const path of document.querySelectorAll('.fm-picture__boxes')) {
      for (const [, x, y, w, h] of path.getAttribute('d').matchAll(/M(-?[\\d.]+) (-?[\\d.]+)h(-?[\\d.]+)v(-?[\\d.]+)/g)) {
        middles.push({ x: pane.left + tx + (Number(x) + Number(w) / 2) * zoom, y: pane.top + ty + (Number(y) + Number(h) / 2) * zoom });
      }
    }
    return middles.find(inside);
  })()`);
}

/**
 * Waits until the view stops moving: a zoom animates for a fixed time, but on a big map each of its frames can take
 * longer than that, so a node picked a fixed delay after the key may still be moving.
 */
async function viewSettled(page: Page): Promise<void> {
  let last: string | null = null;
  for (let tries = 0; tries < 50; tries += 1) {
    await page.waitForTimeout(250);
    const transform = await page.evaluate<string | null>(`document.querySelector('.react-flow__viewport')?.style.transform ?? null`);
    if (transform === last) return;
    last = transform;
  }
}

/**
 * Puts the focus where `typing` types, at the end of its text. Renaming on the canvas happens at
 * 100 % zoom (a zoomed-out map draws names only, with no field to type in); the rest at the fitted view.
 */
export async function focusFor(page: Page, typing: Typing): Promise<void> {
  // A notice ("Opened …") above the canvas moves it when it goes: dismissed first, so the node picked stays put.
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  if (await dismiss.count()) await dismiss.click();
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(typing === 'canvas rename' ? '0' : 'Shift+1');
  await viewSettled(page);
  if (typing === 'title') {
    await page.getByRole('textbox', { name: 'Diagram title' }).click();
  } else {
    const node = await nodeInView(page);
    if (typing === 'inspector label') {
      await page.mouse.click(node.x, node.y);
      // The panel shows the review first; the facts form is a tab.
      const facts = page.getByRole('tab', { name: 'Facts' });
      if (await facts.count()) await facts.click();
      await page.getByLabel('Label', { exact: true }).click();
    } else {
      await page.mouse.dblclick(node.x, node.y);
      await page.getByRole('textbox', { name: 'Node name' }).waitFor();
    }
  }
  await page.keyboard.press('End');
  await page.waitForTimeout(300);
}

/** Leaves the field, so the next measurement starts from a quiet page. */
export async function leave(page: Page, typing: Typing): Promise<void> {
  await page.keyboard.press(typing === 'canvas rename' ? 'Escape' : 'Tab');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.waitForTimeout(300);
}

export interface Opening {
  /** Milliseconds to the first frame after the map's nodes are on screen. */
  ms: number;
  longestTaskMs: number;
}

const nodesShown = (page: Page, nodes: number) =>
  // A function, not text: the app's CSP forbids evaluating text, and polling does that.
  page.waitForFunction((least) => document.querySelectorAll('.react-flow__node').length >= least, Math.min(nodes, 50), { timeout: 120_000, polling: 50 });

const titleShown = (page: Page, title: string) =>
  page.waitForFunction((expected) => [...document.querySelectorAll('input')].some((input) => input.value === expected), title, { timeout: 120_000, polling: 50 });

/** Opens a diagram file through the Open button, the way a person does. */
export async function openFile(page: Page, file: string, nodes: number): Promise<Opening> {
  await page.evaluate('window.__felt.long = []');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: /^Open/ }).first().click()]);
  const start = await page.evaluate<number>('performance.now()');
  await chooser.setFiles(file);
  // The file is read in a worker now: until it is in, the map before it (whose nodes would pass) is still shown.
  await titleShown(page, (JSON.parse(readFileSync(file, 'utf8')) as { title: string }).title);
  await nodesShown(page, nodes);
  const end = await page.evaluate<number>(NEXT_FRAME);
  return { ms: end - start, longestTaskMs: await page.evaluate<number>('Math.max(0, ...window.__felt.long)') };
}

/**
 * Opens a share link in a fresh tab: from navigation to the first frame with the shared map on screen (its title
 * shown, and its nodes: a visitor's own map drawn first would pass the count alone).
 */
export async function openLink(page: Page, url: string, nodes: number, title: string): Promise<Opening> {
  await page.addInitScript(INSTALL);
  await page.goto(url);
  await titleShown(page, title);
  await nodesShown(page, nodes);
  const end = await page.evaluate<number>(NEXT_FRAME);
  return { ms: end, longestTaskMs: await page.evaluate<number>('Math.max(0, ...window.__felt.long)') };
}

/**
 * Pans a map with the wheel (30 steps, over and back) and zooms it out and in with Ctrl+wheel (10 steps), as a
 * person scans a big map: the longest main-thread task on the way, i.e. the longest the tab froze.
 */
export async function panAndZoom(page: Page): Promise<number> {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas to pan');
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.evaluate('window.__felt.long = []');
  const view = () => page.evaluate<string | undefined>(`document.querySelector('.react-flow__viewport')?.style.transform`);
  const before = await view();
  for (let step = 0; step < 30; step += 1) {
    await page.mouse.wheel(step < 15 ? 400 : -400, step % 2 === 0 ? 300 : -200);
    await page.evaluate(NEXT_FRAME);
  }
  for (let step = 0; step < 10; step += 1) {
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, step < 5 ? 300 : -300);
    await page.keyboard.up('Control');
    await page.evaluate(NEXT_FRAME);
  }
  await page.waitForTimeout(500);
  if ((await view()) === before) throw new Error('the wheel did not move the view');
  return page.evaluate<number>('Math.max(0, ...window.__felt.long)');
}
