import { expect, test, type Page } from '@playwright/test';
import { freshStart } from './support/editor';

test.beforeEach(async ({ page }) => freshStart(page));

/** What the canvas shows: every node's name and place, the arrows, and the title. */
const picture = (page: Page) =>
  page.evaluate(() => ({
    title: (document.querySelector('input[aria-label="Diagram title"]') as HTMLInputElement).value,
    nodes: [...document.querySelectorAll('.react-flow__node')].map((n) => `${n.getAttribute('data-id')} ${n.textContent} ${(n as HTMLElement).style.transform}`).sort(),
    edges: [...document.querySelectorAll('.react-flow__edge')].map((e) => e.getAttribute('aria-label') ?? e.getAttribute('data-testid')).sort(),
  }));

/** Every shortcut the help overlay lists (it is generated from the command registry), as Playwright key names. */
async function everyShortcut(page: Page): Promise<string[]> {
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  const keys = await dialog.locator('kbd').allTextContents();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  return keys.map((key) => key.replace('Ctrl', 'Control').replace(/^\+$/, 'Shift+Equal').replace(/^=$/, 'Equal').replace(/^-$/, 'Minus').replace(/^\?$/, 'Shift+Slash'));
}

test('a shared link’s review refuses every command, gesture and one-click answer, and Close gives back the visitor’s diagram with its undo history', async ({ page }) => {
  // It presses every shortcut the app has, one at a time: slow on a busy machine.
  test.setTimeout(240_000);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await page.getByLabel('Diagram title').fill('The visitor’s own');
  await page.waitForTimeout(1100);
  await page.getByLabel('Diagram title').fill('The visitor’s own, renamed');

  await page.evaluate((hash) => (location.hash = hash), new URL(link).hash);
  await expect(page.getByRole('region', { name: 'Shared diagram' })).toContainText('read-only');
  await expect(page.getByLabel('Diagram title')).toHaveValue('Order events fan-out');
  const before = await picture(page);
  const shortcuts = await everyShortcut(page);
  expect(shortcuts.length).toBeGreaterThan(15);

  // Gestures: drag a node, draw an arrow from its dot, double-click the canvas and a node, drag an arrow's end.
  const consumer = page.getByRole('group', { name: 'service: Consumer B' });
  await consumer.click();
  await consumer.hover();
  await page.mouse.down();
  await page.mouse.move(600, 600, { steps: 5 });
  await page.mouse.up();
  const handle = consumer.locator('.react-flow__handle.source');
  if (await handle.count()) await handle.dragTo(page.getByRole('group', { name: 'store: Postgres' }), { force: true });
  await page.locator('.react-flow__pane').dblclick({ position: { x: 40, y: 40 } });
  await consumer.dblclick();
  await page.getByLabel('Diagram title').pressSequentially('typed', { delay: 5 });

  // One-click answers in the review panel.
  await consumer.click();
  for (const answer of await page.getByRole('region', { name: 'Review' }).getByRole('button', { name: /^(Yes|No|at-least-once|\d+)$/ }).all()) await answer.click();

  // Every shortcut, with a node selected, and a pasted diagram.
  await page.evaluate(() => navigator.clipboard.writeText(JSON.stringify({ format: 'flowmap', version: 2, title: 'x', nodes: [{ id: 'pasted', kind: 'service', label: 'Pasted' }], edges: [] })));
  for (const key of [...shortcuts, 'Control+V', 'Control+X']) {
    await page.locator('.react-flow__node[data-id="consumerB"]').click();
    await page.keyboard.press(key);
    if (await page.getByRole('dialog').count()) await page.keyboard.press('Escape');
  }
  expect(await picture(page)).toEqual(before);
  await expect(page.getByRole('status').or(page.getByRole('alert')).first()).toBeVisible();

  await page.getByRole('region', { name: 'Shared diagram' }).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByLabel('Diagram title')).toHaveValue('The visitor’s own, renamed');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Diagram title')).toHaveValue('The visitor’s own');
});
