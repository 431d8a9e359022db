import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { freshStart, node } from './support/editor';

test('Ctrl+F finds a node by name, selects it and brings it into view', async ({ page }) => {
  await freshStart(page);
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
  await page.keyboard.press('Control+f');
  const find = page.getByRole('combobox', { name: 'Find a node by name' });
  await expect(find).toBeFocused();
  await find.fill('elastic');
  await expect(page.getByRole('option')).toHaveText(['Elasticsearch']);
  await find.press('Enter');
  await expect(find).toHaveCount(0);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await expect(node(page, 'store', 'Elasticsearch')).toBeInViewport();
});

test('? lists every keyboard shortcut, generated from the commands', async ({ page }) => {
  await freshStart(page);
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const key of ['Ctrl+Z', 'Ctrl+Shift+Z', 'Delete', 'Ctrl+F', 'Ctrl+S', 'Ctrl+Shift+L', 'Shift+1', '+', '0', '?']) await expect(help.locator('kbd', { hasText: new RegExp(`^${key.replace(/[+?]/g, '\\$&')}$`) })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});

/** The palette, the zoom controls, the lens picker and the minimap float over the canvas without covering each other. */
async function expectNoOverlaps(page: Page) {
  const boxes = await Promise.all(['.fm-palette', '.react-flow__controls', '.fm-lenses', '.react-flow__minimap'].map((selector) => page.locator(selector).boundingBox()));
  for (const box of boxes) expect(box).not.toBeNull();
  const rects = boxes.filter((box) => box !== null);
  for (const [i, a] of rects.entries()) {
    for (const b of rects.slice(i + 1)) expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
  }
}

test('at 1280 px the toolbar is one row; at 900 px the panel is a drawer that leaves the canvas the width', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await freshStart(page);
  // Every control in the top band — toolbar, the panel's tabs, the palette — sits on the one row or well below it.
  const tops = await page.locator('button, input, [role=tab]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && r.top < 110).map((r) => Math.round(r.top)));
  expect(tops.length).toBeGreaterThan(8);
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(12);
  await expectNoOverlaps(page);
  await page.screenshot({ path: 'test-results/layout-1280.png' });

  await page.setViewportSize({ width: 900, height: 800 });
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const canvasWidth = () => page.locator('.react-flow').evaluate((el) => el.getBoundingClientRect().width);
  expect(await canvasWidth()).toBeGreaterThanOrEqual(540);
  await page.getByRole('button', { name: 'Show panel' }).click();
  await expect(page.getByRole('complementary', { name: 'Side panel' })).toBeVisible();
  expect(await canvasWidth()).toBeGreaterThanOrEqual(540);
  await page.getByRole('button', { name: 'Hide the side panel' }).click();
  await expectNoOverlaps(page);
  await page.getByRole('button', { name: 'Show panel' }).click();
  await page.screenshot({ path: 'test-results/layout-900-drawer.png' });
  await page.getByRole('button', { name: 'Hide the side panel' }).click();
  await expect(page.getByRole('complementary', { name: 'Side panel' })).toHaveCount(0);
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('follows the system and passes axe with no serious problems', async ({ page }) => {
    test.setTimeout(120_000);
    await freshStart(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await node(page, 'service', 'Consumer B').click();
    await page.screenshot({ path: 'test-results/dark.png' });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });
});
