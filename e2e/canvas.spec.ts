import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { freshStart, node, startEmpty } from './support/editor';

const LONG = 'Customer notification preferences and consent history service';

test.beforeEach(async ({ page }) => freshStart(page));

async function openDiagram(page: Page, nodes: object[], edges: object[] = []) {
  const doc = { format: 'flowmap', version: 1, title: 'canvas', nodes, edges };
  await page.locator('input[type=file]').setInputFiles({ name: 'canvas.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes.length);
  await page.waitForTimeout(300);
}

/** Points along an arrow's drawn path, on screen. */
async function pathPoints(page: Page, edgeLabel: string) {
  return page.getByLabel(edgeLabel).evaluate((edge) => {
    const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
    const matrix = path.getScreenCTM()!;
    const length = path.getTotalLength();
    return Array.from({ length: 11 }, (_, i) => path.getPointAtLength((length * i) / 10).matrixTransform(matrix)).map(({ x, y }) => ({ x, y }));
  });
}

/** What is drawn on top at a point on screen: an arrow, a node or nothing. */
const topmostAt = (page: Page, point: { x: number; y: number }) =>
  page.evaluate(({ x, y }) => {
    const hit = document.elementFromPoint(x, y);
    return hit?.closest('.react-flow__edge') ? 'edge' : hit?.closest('.react-flow__node') ? 'node' : 'other';
  }, point);

for (const [width, height] of [
  [1440, 900],
  [1280, 720],
] as const) {
  test(`first visit at ${width}×${height}: the whole map is in view and every node name is at least 12 px on screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.reload();
    await expect(page.locator('.react-flow__node')).toHaveCount(9);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `test-results/first-visit-${width}x${height}.png` });
    const pane = (await page.locator('.react-flow').boundingBox())!;
    // The rendered text box of each name line; a 12 px system font sets a box about 14 px high.
    const lines = await page.locator('.fm-node__label .fm-node__line').evaluateAll((spans) =>
      spans.map((span) => {
        const range = document.createRange();
        range.selectNodeContents(span);
        const box = range.getBoundingClientRect();
        const zoom = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
        return { height: box.height, px: parseFloat(getComputedStyle(span).fontSize) * zoom, box: { x: box.x, y: box.y, right: box.right, bottom: box.bottom } };
      }),
    );
    expect(lines.length).toBeGreaterThanOrEqual(9);
    for (const line of lines) {
      expect(line.px).toBeGreaterThanOrEqual(11.99);
      expect(line.height).toBeGreaterThanOrEqual(13.5);
      expect(line.box.x).toBeGreaterThanOrEqual(pane.x);
      expect(line.box.right).toBeLessThanOrEqual(pane.x + pane.width);
      expect(line.box.bottom).toBeLessThanOrEqual(pane.y + pane.height);
    }
    const stroke = await page.locator('path.react-flow__edge-path').first().evaluate((path) => parseFloat(getComputedStyle(path).strokeWidth));
    expect(stroke).toBeGreaterThanOrEqual(1.5);
  });
}

test('a backward arrow and a self-loop are visible end to end', async ({ page }) => {
  await openDiagram(
    page,
    [
      { id: 'right', kind: 'service', label: 'Right side', position: { x: 600, y: 100 } },
      { id: 'left', kind: 'store', label: 'Left side', position: { x: 100, y: 100 } },
    ],
    [
      { id: 'back', source: 'right', target: 'left', kind: 'write' },
      { id: 'loop', source: 'right', target: 'right', kind: 'request', label: 'retry' },
    ],
  );
  const right = (await node(page, 'service', 'Right side').boundingBox())!;
  const left = (await node(page, 'store', 'Left side').boundingBox())!;
  const back = await pathPoints(page, 'write arrow from Right side to Left side');
  // It leaves the side facing its target and ends just outside the target's border, where the arrowhead shows.
  expect(back[0]!.x).toBeLessThan(right.x + 2);
  expect(back[10]!.x).toBeGreaterThan(left.x + left.width);
  for (const point of back.slice(1, -1)) expect(await topmostAt(page, point)).toBe('edge');

  const loop = await pathPoints(page, 'request arrow from Right side to Right side');
  expect(loop[10]!.x).toBeGreaterThan(right.x + right.width);
  for (const point of loop.slice(2, -1)) expect(await topmostAt(page, point)).toBe('edge');
  await page.screenshot({ path: 'test-results/backward-and-loop.png' });
});

test('a 60-character label is shown whole on the canvas, and in the SVG and PNG exports', async ({ page }) => {
  await openDiagram(page, [{ id: 'long', kind: 'service', label: LONG, position: { x: 100, y: 100 } }]);
  const shown = node(page, 'service', LONG);
  await expect(shown.locator('.fm-node__label')).toHaveText(LONG);
  const fits = await shown.evaluate((element) => {
    const outer = element.querySelector('.fm-node')!.getBoundingClientRect();
    return [...element.querySelectorAll('.fm-node__line')].every((line) => {
      const range = document.createRange();
      range.selectNodeContents(line);
      const box = range.getBoundingClientRect();
      return box.left >= outer.left && box.right <= outer.right && box.top >= outer.top && box.bottom <= outer.bottom;
    });
  });
  expect(fits).toBe(true);

  const exportAs = async (item: RegExp) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: item }).click();
    return (await download).path();
  };
  const svg = readFileSync(await exportAs(/^SVG image/), 'utf8');
  const lines = await shown.locator('.fm-node__line').allTextContents();
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines) expect(svg).toContain(`>${line.trim()}</text>`);
  expect(svg).not.toContain('…');

  // The PNG is the same drawing rasterised: shown here for a look at it.
  const png = readFileSync(await exportAs(/^PNG image Annotated/));
  await page.setContent(`<img src="data:image/png;base64,${png.toString('base64')}" style="width:720px">`);
  await page.screenshot({ path: 'test-results/long-label-export.png' });
});

test('palette clicks place each new node beside the last, never on top of it', async ({ page }) => {
  await startEmpty(page);
  for (let i = 0; i < 3; i++) {
    await page.getByRole('button', { name: 'Add Service' }).click();
    await page.keyboard.press('Escape');
  }
  const boxes = await page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes).toHaveLength(3);
  const overlap = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
  // Beside: one row, left to right.
  expect(boxes[1]!.x).toBeGreaterThan(boxes[0]!.x + boxes[0]!.width);
  expect(Math.abs(boxes[1]!.y - boxes[0]!.y)).toBeLessThan(2);
});

test('dropping a selected arrow’s end on a node’s body moves the arrow, in one undo step', async ({ page }) => {
  const arrow = page.getByLabel('write arrow from Consumer B to Postgres');
  await arrow.click({ force: true });
  const end = arrow.locator('.fm-edge-end').nth(1);
  await expect(end).toBeVisible();
  const from = (await end.boundingBox())!;
  const target = (await node(page, 'store', 'Elasticsearch').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  // Let go over the middle of the node's body, well away from its connection dots.
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2 + 8, { steps: 12 });
  await page.mouse.up();
  await expect(page.getByLabel('write arrow from Consumer B to Elasticsearch')).toHaveCount(1);
  await expect(arrow).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(8);
  await page.keyboard.press('Control+z');
  await expect(arrow).toHaveCount(1);
  await expect(page.getByLabel('write arrow from Consumer B to Elasticsearch')).toHaveCount(0);
});

test('a second arrow of the same kind and direction between the same nodes is refused with a notice', async ({ page }) => {
  await node(page, 'service', 'Consumer B').locator('.react-flow__handle.source').dragTo(node(page, 'store', 'Postgres'), { force: true });
  await expect(page.getByRole('status').filter({ hasText: 'Not drawn: there is already a write arrow from Consumer B to Postgres.' })).toBeVisible();
  await expect(page.getByLabel('write arrow from Consumer B to Postgres')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge')).toHaveCount(8);
});

test('a node dragged near another’s edges snaps into line with it and shows a guide', async ({ page }) => {
  await openDiagram(page, [
    { id: 'still', kind: 'store', label: 'Still', position: { x: 100, y: 100 } },
    { id: 'moved', kind: 'store', label: 'Moved', position: { x: 400, y: 300 } },
  ]);
  // Off the grid, only the alignment can line it up.
  await page.getByRole('button', { name: /^View/ }).click();
  await page.getByRole('menuitem', { name: /Snap to grid: on/ }).click();
  const moving = node(page, 'store', 'Moved');
  const still = (await node(page, 'store', 'Still').boundingBox())!;
  const start = (await moving.boundingBox())!;
  const zoom = await page.locator('.react-flow__viewport').evaluate((v) => new DOMMatrix(getComputedStyle(v).transform).a);
  const grab = { x: start.x + start.width / 2, y: start.y + start.height / 2 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 10, grab.y + 10, { steps: 2 });
  // Where the pointer holds the node, once the drag has started.
  const held = (await moving.boundingBox())!;
  const [offsetX, offsetY] = [grab.x + 10 - held.x, grab.y + 10 - held.y];
  // Aim 4 diagram pixels right of the other node's column.
  await page.mouse.move(still.x + 4 * zoom + offsetX, held.y + offsetY, { steps: 10 });
  await expect(page.locator('.fm-guides line')).not.toHaveCount(0);
  await page.mouse.up();
  await expect(page.locator('.fm-guides')).toHaveCount(0);
  const after = (await moving.boundingBox())!;
  expect(Math.abs(after.x - still.x)).toBeLessThan(0.5);
});
