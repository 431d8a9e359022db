import { expect, test, type Page } from '@playwright/test';
import { freshStart, node, startEmpty } from './support/editor';

test.beforeEach(async ({ page }) => freshStart(page));

const menu = (page: Page) => page.getByRole('menu', { name: 'Context menu' });
const entries = (page: Page) => menu(page).getByRole('menuitem');
const firstNode = (page: Page) => page.locator('.react-flow__node').first();

test('right-clicking a node offers its commands; arrows move, Escape closes; Delete removes it', async ({ page }) => {
  const count = await page.locator('.react-flow__node').count();
  await firstNode(page).click({ button: 'right' });
  await expect(entries(page)).toHaveText([/^What if it fails\?/, /^Rename/, /^Duplicate/, /^Copy/, /^Delete/]);
  await expect(firstNode(page)).toHaveClass(/selected/);
  await page.screenshot({ path: 'test-results/context-menu-node.png' });
  await expect(entries(page).nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(entries(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(entries(page).nth(4)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu(page)).toHaveCount(0);
  // Escape closed the menu only: the node is still selected.
  await expect(firstNode(page)).toHaveClass(/selected/);

  await firstNode(page).click({ button: 'right' });
  await entries(page).filter({ hasText: 'Delete' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(count - 1);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(count);
});

test('Shift+F10 opens the menu by the focused node; Escape gives focus back to it', async ({ page }) => {
  await firstNode(page).focus();
  await page.keyboard.press('Shift+F10');
  await expect(entries(page).nth(0)).toBeFocused();
  const at = (await menu(page).boundingBox())!;
  const node = (await firstNode(page).boundingBox())!;
  expect(at.x).toBeGreaterThan(node.x);
  expect(at.x).toBeLessThan(node.x + node.width);
  await page.keyboard.press('Escape');
  await expect(menu(page)).toHaveCount(0);
  await expect(firstNode(page)).toBeFocused();
});

test('right-clicking an arrow offers Delete; Rename, Duplicate and Copy need a node', async ({ page }) => {
  const edges = await page.locator('.react-flow__edge').count();
  const edge = page.locator('.react-flow__edge').first();
  const label = edge.locator('.fm-edge-label, path.react-flow__edge-interaction').first();
  await label.click({ button: 'right', force: true });
  await expect(entries(page)).toHaveText([/^What if it fails\?/, /^Delete/]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__edge')).toHaveCount(edges - 1);
});

test('on the empty canvas: copy a node, paste it where you right-click; add a service there; fit; select all', async ({ page }) => {
  const count = await page.locator('.react-flow__node').count();
  await firstNode(page).click({ button: 'right' });
  await entries(page).filter({ hasText: 'Copy' }).click();
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const spot = { x: pane.width - 260, y: 30 };
  await page.locator('.react-flow__pane').click({ button: 'right', position: spot });
  await expect(entries(page)).toHaveText([/^Paste here/, /^Add a service here/, /^Select all/, /^Fit the diagram/]);
  await page.screenshot({ path: 'test-results/context-menu-canvas.png' });
  await entries(page).filter({ hasText: 'Paste here' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(count + 1);
  // Near the spot: a pasted fragment lands on the grid.
  const pasted = (await page.locator('.react-flow__node.selected').boundingBox())!;
  expect(Math.abs(pasted.x - (pane.x + spot.x))).toBeLessThan(16);
  expect(Math.abs(pasted.y - (pane.y + spot.y))).toBeLessThan(16);

  // From the keyboard: the second entry adds a service centred on the spot, named at once.
  await page.locator('.react-flow__pane').click({ button: 'right', position: { x: 160, y: 60 } });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Node name' })).toBeFocused();
  await page.keyboard.type('Added here');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'service: Added here' })).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(count + 2);

  await page.locator('.react-flow__pane').click({ button: 'right', position: { x: 160, y: 200 } });
  await entries(page).filter({ hasText: 'Select all' }).click();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(count + 2);
});

test('a shared link’s review hides what it would refuse', async ({ page }) => {
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await page.evaluate((hash) => (location.hash = hash), new URL(link).hash);
  await expect(page.getByRole('region', { name: 'Shared diagram' })).toContainText('read-only');
  await firstNode(page).click({ button: 'right' });
  await expect(entries(page)).toHaveText([/^What if it fails\?/, /^Copy/]);
  await page.keyboard.press('Escape');
  await page.locator('.react-flow__pane').click({ button: 'right', position: { x: 160, y: 60 } });
  await expect(entries(page)).toHaveText([/^Select all/, /^Fit the diagram/]);
});

test('an empty canvas says how to start, until the first node', async ({ page }) => {
  await startEmpty(page);
  const hint = page.getByText('Drag from the palette, or double-click to add a service; drag from a node’s edge to connect');
  await expect(hint).toBeVisible();
  await page.screenshot({ path: 'test-results/empty-canvas-hint.png' });
  await page.locator('.react-flow__pane').dblclick({ position: { x: 200, y: 300 } });
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(hint).toHaveCount(0);
});

test('the Ownership and Failure-paths lenses show a legend', async ({ page }) => {
  await expect(page.getByRole('note', { name: /legend/ })).toHaveCount(0);
  await page.getByRole('radio', { name: 'Ownership' }).check();
  const ownership = page.getByRole('note', { name: 'Ownership legend' });
  await expect(ownership).toContainText('order');
  await expect(ownership).toContainText('no owner');
  await page.screenshot({ path: 'test-results/legend-ownership.png' });
  await page.getByRole('radio', { name: 'Failure paths' }).check();
  await expect(page.getByRole('note', { name: 'Failure paths legend' })).toContainText('failure path');
  await page.screenshot({ path: 'test-results/legend-failure.png' });
  await page.getByRole('radio', { name: 'No lens' }).check();
  await expect(page.getByRole('note', { name: /legend/ })).toHaveCount(0);
});

test('a badge’s tooltip gives the count and the worst finding; one note is "1 note"', async ({ page }) => {
  // The review arrives from its worker a moment after the map.
  await expect(page.locator('.fm-badge').first()).toBeVisible();
  const titles = await page.locator('.fm-badge').evaluateAll((badges) => badges.map((b) => ({ text: b.textContent, title: b.getAttribute('title') ?? '', label: b.getAttribute('aria-label') ?? '' })));
  expect(titles.length).toBeGreaterThan(0);
  for (const badge of titles) {
    expect(badge.title).toMatch(new RegExp(`^${badge.text} (note|finding)s? — worst \\((error|warning|info)\\): .{10,}`));
    expect(badge.label).not.toMatch(/^1 (notes|findings)/);
  }
});

test('a multi-selection lines up from its context menu or the keyboard, one undo step each', async ({ page }) => {
  const picked = [node(page, 'service', 'Consumer B'), node(page, 'service', 'Consumer C'), node(page, 'service', 'Service A')];
  await picked[0]!.click();
  await picked[1]!.click({ modifiers: ['Shift'] });
  await picked[2]!.click({ modifiers: ['Shift'] });
  const lefts = async () => Promise.all(picked.map(async (n) => Math.round((await n.boundingBox())!.x)));
  const before = await lefts();
  expect(new Set(before).size).toBeGreaterThan(1);
  await picked[2]!.click({ button: 'right' });
  await expect(entries(page).filter({ hasText: 'Distribute vertically' })).toBeVisible();
  await page.screenshot({ path: 'test-results/context-menu-line-up.png' });
  await entries(page).filter({ hasText: 'Align left edges' }).click();
  await expect.poll(async () => new Set(await lefts()).size).toBe(1);
  await page.keyboard.press('Control+z');
  await expect.poll(lefts).toEqual(before);
  // Alt+W lines up the tops: the three nodes end on one row.
  await page.keyboard.press('Alt+w');
  await expect.poll(async () => new Set(await Promise.all(picked.map(async (n) => Math.round((await n.boundingBox())!.y)))).size).toBe(1);
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('the context menu and the lens legend are drawn dark', async ({ page }) => {
    await firstNode(page).click({ button: 'right' });
    const background = (locator: ReturnType<typeof menu>) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await background(menu(page))).toBe('rgb(17, 24, 39)');
    await page.keyboard.press('Escape');
    await page.getByRole('radio', { name: 'Failure paths' }).check();
    expect(await background(page.getByRole('note', { name: 'Failure paths legend' }))).toBe('rgb(17, 24, 39)');
    await page.screenshot({ path: 'test-results/dark-legend.png' });
  });
});
