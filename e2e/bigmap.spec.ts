import { expect, test, type Page } from '@playwright/test';
import { freshStart } from './support/editor';

const SIZE = 1000;
const ROWS = 20;

/** A layered map too big to fit at a readable zoom: columns of ten nodes, each fed by the one before it. */
function bigMap() {
  const nodes = Array.from({ length: SIZE }, (_, i) => ({ id: `n${i}`, kind: 'service', label: `Service ${i}`, position: { x: Math.floor(i / ROWS) * 260, y: (i % ROWS) * 120 } }));
  const edges = nodes.slice(ROWS).map((n, i) => ({ id: `e${i}`, source: `n${i}`, target: n.id, kind: 'request' }));
  return { format: 'flowmap', version: 1, title: 'big', nodes, edges };
}

const held = (page: Page) => page.locator('.react-flow__node').count();
const picture = (page: Page) => page.getByRole('img', { name: /drawn as one picture/ });
const position = (i: number) => ({ x: Math.floor(i / ROWS) * 260, y: (i % ROWS) * 120 });

/** Where a point of the diagram is on the screen, from React Flow's view. */
async function onScreen(page: Page, point: { x: number; y: number }) {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const [x, y, zoom] = await page.locator('.react-flow__viewport').evaluate((v) => {
    const m = new DOMMatrix(getComputedStyle(v).transform);
    return [m.e, m.f, m.a];
  });
  return { x: pane.x + x + point.x * zoom, y: pane.y + y + point.y * zoom };
}

test.beforeEach(async ({ page }) => {
  await freshStart(page);
  await page.locator('input[type=file]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bigMap())) });
  await expect(page.getByRole('group', { name: 'service: Service 0', exact: true })).toBeVisible();
});

test('a big map holds the nodes round the view, and those a pan reaches come in before they are on screen', async ({ page }) => {
  const count = await held(page);
  expect(count).toBeGreaterThanOrEqual(50);
  expect(count).toBeLessThan(SIZE / 2);
  // A node just past the right edge of the view is already there: the margin round the view.
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const beyond = await page.evaluate((right) => [...document.querySelectorAll('.react-flow__node')].some((n) => n.getBoundingClientRect().left > right), pane.x + pane.width);
  expect(beyond).toBe(true);
  // Every arrow drawn has both its nodes.
  const orphans = await page.evaluate(() => {
    const ids = new Set([...document.querySelectorAll('.react-flow__node')].map((n) => n.getAttribute('data-id')));
    return [...document.querySelectorAll('.react-flow__edge')].filter((e) => {
      const [, source, target] = /from Service (\d+) to Service (\d+)/.exec(e.getAttribute('aria-label') ?? '') ?? [];
      return !ids.has(`n${source}`) || !ids.has(`n${target}`);
    }).length;
  });
  expect(orphans).toBe(0);

  // Panning a long way by scrolling brings the nodes there.
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(800, 0);
  await expect.poll(async () => page.getByRole('group', { name: 'service: Service 0', exact: true }).count()).toBe(0);
  await expect.poll(() => held(page)).toBeGreaterThanOrEqual(50);
});

test('the minimap draws every node of a big map; fit, find, select-all and delete reach nodes off screen', async ({ page }) => {
  const boxes = await page.getByRole('img', { name: 'Minimap' }).evaluate((svg) => [...svg.querySelectorAll('path:not(.react-flow__minimap-mask)')].reduce((sum, p) => sum + (p.getAttribute('d')!.match(/M/g)?.length ?? 0), 0));
  expect(boxes).toBe(SIZE);

  await page.locator('.react-flow__pane').click({ position: { x: 300, y: 300 } });
  await page.keyboard.press('Control+f');
  const find = page.getByRole('combobox', { name: 'Find a node by name' });
  await find.fill('Service 987');
  await find.press('Enter');
  const far = page.getByRole('group', { name: 'service: Service 987', exact: true });
  await expect(far).toBeInViewport();
  await expect(far).toHaveClass(/selected/);

  // Fitting shows the whole map (zoomed out that far, as one picture): its first and last nodes are both on screen.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Digit1');
  await expect(picture(page)).toHaveAccessibleName(/^1000 nodes and 980 arrows/);
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  for (const i of [0, 999]) {
    const { x, y } = await onScreen(page, position(i));
    expect(x).toBeGreaterThan(pane.x);
    expect(x).toBeLessThan(pane.x + pane.width);
    expect(y).toBeGreaterThan(pane.y);
    expect(y).toBeLessThan(pane.y + pane.height);
  }

  await page.locator('.react-flow__pane').click({ position: { x: 300, y: 300 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(picture(page)).toHaveAccessibleName(/^1000 nodes/);
});

test('zoomed out past reading, the map is one picture in which a click selects a node, a box selects what is inside it, and a double-click is the node’s', async ({ page }) => {
  await page.locator('.react-flow__pane').click({ position: { x: 300, y: 300 } });
  await page.keyboard.press('Shift+Digit1');
  await expect(picture(page)).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);

  // A click on a node's box selects it: React Flow then holds it, drawn selected, and the inspector shows it.
  const first = await onScreen(page, { x: position(0).x + 40, y: position(0).y + 20 });
  await page.mouse.click(first.x, first.y);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'service: Service 0', exact: true })).toBeVisible();
  // Shift adds another.
  const next = await onScreen(page, { x: position(21).x + 40, y: position(21).y + 20 });
  await page.keyboard.down('Shift');
  await page.mouse.click(next.x, next.y);
  await page.keyboard.up('Shift');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);

  // A box dragged round the first column selects its twenty nodes.
  const from = await onScreen(page, { x: -40, y: -40 });
  const to = await onScreen(page, { x: 230, y: ROWS * 120 });
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(ROWS);

  // A click on empty paper clears the selection; a double-click on a node is the node's (as on React Flow's
  // zoomed-out nodes, its name is edited once zoomed in), not the paper's: no new node is added there.
  const empty = await onScreen(page, { x: -200, y: -200 });
  await page.mouse.click(empty.x, empty.y);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  await page.mouse.dblclick(first.x, first.y);
  await expect(page.getByRole('group', { name: 'service: Service 0', exact: true })).toHaveClass(/selected/);
  await expect(picture(page)).toHaveAccessibleName(/^1000 nodes/);
});
