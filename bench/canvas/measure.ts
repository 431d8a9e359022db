import type { Page } from '@playwright/test';
import { nodeInView } from './felt';

/** Frames per second the page paints while the pointer pans (middle-button drag) and zooms (Ctrl+wheel). */
export async function panZoomFps(page: Page, seconds = 3): Promise<number> {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no React Flow pane on the page');
  const [cx, cy] = [pane.x + pane.width / 2, pane.y + pane.height / 2];
  // In-page code is passed as text: tsx would otherwise wrap its functions in a helper the page lacks.
  await page.evaluate(`window.__frames = 0; window.__counting = true;
    requestAnimationFrame(function tick() { window.__frames++; if (window.__counting) requestAnimationFrame(tick); });`);
  const started = Date.now();
  const half = (seconds * 1000) / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down({ button: 'middle' });
  for (let i = 0; Date.now() - started < half; i++) await page.mouse.move(cx + 150 * Math.cos(i / 6), cy + 100 * Math.sin(i / 6));
  await page.mouse.up({ button: 'middle' });
  await page.keyboard.down('Control');
  for (let i = 0; Date.now() - started < 2 * half; i++) await page.mouse.wheel(0, i % 20 < 10 ? -40 : 40);
  await page.keyboard.up('Control');
  const frames = await page.evaluate<number>('window.__counting = false; window.__frames');
  return frames / ((Date.now() - started) / 1000);
}

/** Milliseconds from navigation until the diagram's nodes and edges are on screen. */
export async function firstRenderMs(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.locator('.react-flow__node').first().waitFor();
  await page.locator('.react-flow__edge').first().waitFor();
  return page.evaluate<number>('new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())))');
}

/**
 * Milliseconds from typing a new label into the inspector (the side panel's Facts tab) until the node on the
 * canvas shows it: the store update and the canvas render, measured inside the page.
 */
export async function editToPanelMs(page: Page, runs = 5): Promise<number[]> {
  await page.keyboard.press('Shift+Digit1');
  await page.waitForTimeout(500);
  // A node clear of the floating palette; zoomed out that far, a big map is a picture and the node clicked is then held.
  const spot = await nodeInView(page);
  await page.mouse.click(spot.x, spot.y);
  const inView = (await page.locator('.react-flow__node.selected').getAttribute('data-id'))!;
  const facts = page.getByRole('tab', { name: 'Facts' });
  if (await facts.count()) await facts.click();
  const field = page.getByLabel('Label', { exact: true });
  await field.waitFor();
  const times: number[] = [];
  const fieldId = JSON.stringify(await field.getAttribute('id'));
  for (let i = 0; i < runs; i++) {
    const text = `Edited ${i}`;
    const elapsed = await page.evaluate<number>(
      `new Promise((resolve) => {
        const input = document.getElementById(${fieldId});
        const node = document.querySelector(${JSON.stringify(`.react-flow__node[data-id="${inView}"]`)});
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (node.textContent.includes(${JSON.stringify(text)})) { observer.disconnect(); resolve(performance.now() - start); }
        });
        observer.observe(node, { childList: true, characterData: true, subtree: true });
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(text)});
        input.dispatchEvent(new Event('input', { bubbles: true }));
      })`,
    );
    times.push(elapsed);
  }
  return times;
}
