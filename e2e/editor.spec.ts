import { expect, test } from '@playwright/test';
import { clickEmptyCanvas, connect, dropNode, freshStart, node, startEmpty } from './support/editor';

test.beforeEach(async ({ page }) => freshStart(page));

test('a person sketches the essay’s fan-out map by hand, and it is still there after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  const started = Date.now();
  await startEmpty(page);
  await page.getByLabel('Diagram title').fill('Orders fan-out, by hand');
  const nodes = [
    ['Actor', 'actor', 'User Request', 110, 100],
    ['Gateway', 'gateway', 'API Gateway', 330, 100],
    ['Service', 'service', 'Validation', 550, 100],
    ['Service', 'service', 'Service A', 770, 100],
    ['Queue / topic', 'queue', 'Kafka Topic', 770, 300],
    ['Service', 'service', 'Consumer B', 550, 300],
    ['Service', 'service', 'Consumer C', 550, 500],
    ['Store', 'store', 'Postgres', 330, 300],
    ['Store', 'store', 'Elasticsearch', 330, 500],
  ] as const;
  for (const [palette, kind, label, x, y] of nodes) {
    await dropNode(page, palette, { x, y }, label);
    // The node lands where it was dropped (snapped to the grid).
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const box = (await node(page, kind, label).boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - (pane.x + x))).toBeLessThan(25);
    expect(Math.abs(box.y + box.height / 2 - (pane.y + y))).toBeLessThan(25);
  }
  await expect(page.locator('.react-flow__node')).toHaveCount(9);
  const kindOf = Object.fromEntries(nodes.map(([, kind, label]) => [label, kind]));
  const flow = [
    ['User Request', 'API Gateway', 'request'],
    ['API Gateway', 'Validation', 'request'],
    ['Validation', 'Service A', 'request'],
    ['Service A', 'Kafka Topic', 'publish'],
    ['Kafka Topic', 'Consumer B', 'consume'],
    ['Kafka Topic', 'Consumer C', 'consume'],
    ['Consumer B', 'Postgres', 'write'],
    ['Consumer C', 'Elasticsearch', 'write'],
  ] as const;
  for (const [from, to] of flow) await connect(page, { kind: kindOf[from]!, label: from }, { kind: kindOf[to]!, label: to });
  await expect(page.locator('.react-flow__edge')).toHaveCount(8);
  for (const [from, to, kind] of flow) await expect(page.getByRole('button', { name: `${kind} arrow from ${from} to ${to}` }).or(page.getByLabel(`${kind} arrow from ${from} to ${to}`))).toHaveCount(1);
  await clickEmptyCanvas(page);
  await expect(page.getByRole('list', { name: 'Findings' }).getByRole('button', { name: /fan-out/ })).toBeVisible();
  console.log(`sketched the fan-out map in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await page.screenshot({ path: 'test-results/sketched-fan-out.png' });
  await page.waitForTimeout(500);
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(9);
  await expect(page.locator('.react-flow__edge')).toHaveCount(8);
  await expect(page.getByLabel('Diagram title')).toHaveValue('Orders fan-out, by hand');
});

test('every kind of edit is one undo step, and redo brings it back', async ({ page }) => {
  const undo = () => page.keyboard.press('Control+z');
  const redo = () => page.keyboard.press('Control+Shift+z');
  await dropNode(page, 'Cache', { x: 300, y: 760 }, 'Session cache');
  await expect(node(page, 'cache', 'Session cache')).toBeVisible();

  // rename by double-click, then with Enter
  await node(page, 'cache', 'Session cache').dblclick();
  await page.getByRole('textbox', { name: 'Node name' }).fill('Warm cache');
  await page.keyboard.press('Enter');
  await expect(node(page, 'cache', 'Warm cache')).toBeVisible();
  await clickEmptyCanvas(page);
  await undo();
  await expect(node(page, 'cache', 'Session cache')).toBeVisible();
  await node(page, 'cache', 'Session cache').click();
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'Node name' }).fill('Hot cache');
  await page.keyboard.press('Enter');
  await expect(node(page, 'cache', 'Hot cache')).toBeVisible();
  await clickEmptyCanvas(page);
  await undo();
  await expect(node(page, 'cache', 'Session cache')).toBeVisible();
  await redo();
  await expect(node(page, 'cache', 'Hot cache')).toBeVisible();

  // move
  const cache = node(page, 'cache', 'Hot cache');
  const before = (await cache.boundingBox())!;
  await cache.hover();
  await page.mouse.down();
  await page.mouse.move(before.x + 200, before.y - 100, { steps: 10 });
  await page.mouse.up();
  // The pointer moves 120 px right of the node's middle; on the 20 px grid the node moves 100 to 120 px.
  await expect.poll(async () => (await cache.boundingBox())!.x).toBeGreaterThanOrEqual(before.x + 100);
  await clickEmptyCanvas(page);
  await undo();
  await expect.poll(async () => Math.round((await cache.boundingBox())!.x)).toBe(Math.round(before.x));

  // connect
  await connect(page, { kind: 'store', label: 'Postgres' }, { kind: 'cache', label: 'Hot cache' });
  await expect(page.getByLabel('replicate arrow from Postgres to Hot cache')).toHaveCount(1);
  await undo();
  await expect(page.getByLabel('replicate arrow from Postgres to Hot cache')).toHaveCount(0);
  await redo();
  await expect(page.getByLabel('replicate arrow from Postgres to Hot cache')).toHaveCount(1);

  // delete a node with its arrows
  await node(page, 'store', 'Postgres').click();
  await page.keyboard.press('Delete');
  await expect(node(page, 'store', 'Postgres')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(7);
  await undo();
  await expect(node(page, 'store', 'Postgres')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(9);

  // the arrow, both renames and the add, undone
  for (let i = 0; i < 4; i++) await undo();
  await expect(node(page, 'cache', 'Hot cache')).toHaveCount(0);
  await expect(page.locator('.react-flow__node')).toHaveCount(9);
});

test('dragging an arrow’s end onto another node moves it, and undo moves it back', async ({ page }) => {
  const arrow = page.getByLabel('write arrow from Consumer B to Postgres');
  await arrow.click({ force: true });
  await arrow.locator('.react-flow__edgeupdater-target').dragTo(node(page, 'store', 'Elasticsearch').locator('.react-flow__handle.target'), { force: true });
  await expect(page.getByLabel('write arrow from Consumer B to Elasticsearch')).toHaveCount(1);
  await expect(arrow).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(arrow).toHaveCount(1);
});

test('selection: a box, shift-click, Escape and select all', async ({ page }) => {
  const selected = page.locator('.react-flow__node.selected');
  const b = (await node(page, 'service', 'Consumer B').boundingBox())!;
  const c = (await node(page, 'service', 'Consumer C').boundingBox())!;
  await page.mouse.move(b.x - 20, b.y - 20);
  await page.mouse.down();
  await page.mouse.move(c.x + c.width + 20, c.y + c.height + 20, { steps: 10 });
  await page.mouse.up();
  await expect(selected).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(selected).toHaveCount(0);
  await node(page, 'store', 'Postgres').click();
  await node(page, 'store', 'Elasticsearch').click({ modifiers: ['Shift'] });
  await expect(selected).toHaveCount(2);
  await page.getByRole('tab', { name: 'Facts' }).click();
  await expect(page.getByRole('region', { name: 'Inspector' }).or(page.getByLabel('Inspector'))).toContainText('2 nodes selected');
  await page.keyboard.press('Control+a');
  await expect(selected).toHaveCount(9);
});

test('copy, paste and duplicate keep the arrows between the copied nodes; a bad paste is refused with the field named', async ({ page }) => {
  await node(page, 'service', 'Consumer B').click();
  await node(page, 'store', 'Postgres').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+c');
  await page.mouse.move(300, 700);
  await page.keyboard.press('Control+v');
  await expect(node(page, 'service', 'Consumer B')).toHaveCount(2);
  await expect(node(page, 'store', 'Postgres')).toHaveCount(2);
  await expect(page.getByLabel('write arrow from Consumer B to Postgres')).toHaveCount(2);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await page.keyboard.press('Control+d');
  await expect(node(page, 'store', 'Postgres')).toHaveCount(3);
  await expect(page.getByLabel('write arrow from Consumer B to Postgres')).toHaveCount(3);

  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '{"format":"flowmap","version":1,"title":"x","nodes":[{"id":"a","kind":"nope","label":"A"}],"edges":[]}');
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(page.getByRole('alert')).toContainText('nodes[0].kind');
  await expect(page.locator('.react-flow__node')).toHaveCount(13);
});

test('the palette adds by click and by drag, and double-clicking the canvas adds a service', async ({ page }) => {
  await page.getByRole('button', { name: 'Add Scheduled job' }).click();
  await page.keyboard.type('Nightly export');
  await page.keyboard.press('Enter');
  await expect(node(page, 'scheduler', 'Nightly export')).toBeVisible();

  await page.getByRole('button', { name: 'Add Store' }).dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 200, y: 650 } });
  await page.keyboard.press('Escape');
  const store = node(page, 'store', 'Store');
  await expect(store).toBeVisible();
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const box = (await store.boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - (pane.x + 200))).toBeLessThan(40);

  await page.locator('.react-flow__pane').dblclick({ position: { x: 500, y: 700 } });
  await expect(page.getByRole('textbox', { name: 'Node name' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(node(page, 'service', 'Service')).toBeVisible();
});

test('the inspector edits facts with unknown as a real choice, and invalid values are named', async ({ page }) => {
  const summary = page.getByRole('heading', { name: /^Review:/ });
  await expect(summary).toHaveText(/1 error, 4 warnings/);
  await node(page, 'service', 'Consumer B').click();
  await page.getByRole('tab', { name: 'Facts' }).click();
  const idempotent = page.getByLabel('Idempotent', { exact: true });
  await expect(idempotent).toHaveValue('unknown');
  await idempotent.selectOption('no');
  await idempotent.selectOption('unknown');
  await page.getByLabel('Label', { exact: true }).fill('Billing consumer');
  await expect(node(page, 'service', 'Billing consumer')).toBeVisible();

  await page.getByLabel('write arrow from Billing consumer to Postgres').click({ force: true });
  const schema = page.getByLabel('Schema', { exact: true });
  await schema.fill('orders');
  await expect(page.getByRole('alert')).toContainText('schema: expected "name@version"');
  await expect(schema).toHaveAttribute('aria-invalid', 'true');
  await schema.fill('orders@2');
  await expect(page.getByRole('alert')).toHaveCount(0);

  await clickEmptyCanvas(page);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(node(page, 'service', 'Consumer B')).toBeVisible();

  // connecting without a mouse
  await node(page, 'store', 'Postgres').click();
  await page.getByLabel('Draw an arrow to').selectOption({ label: 'Elasticsearch' });
  await expect(page.getByLabel('replicate arrow from Postgres to Elasticsearch')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('replicate arrow from Postgres to Elasticsearch')).toHaveCount(0);

  await node(page, 'store', 'Postgres').click();
  await page.getByRole('button', { name: 'Delete node' }).click();
  await expect(node(page, 'store', 'Postgres')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(node(page, 'store', 'Postgres')).toBeVisible();
});
