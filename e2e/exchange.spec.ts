import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});

async function exportFromMenu(page: Page, item: RegExp) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: item }).click();
  return download;
}

function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the annotated PNG is crisp, not blank, and opening it restores the editable diagram', async ({ page }) => {
  const file = await exportFromMenu(page, /^PNG image Annotated/);
  expect(file.suggestedFilename()).toBe('order-events-fan-out.png');
  const path = await file.path();
  const bytes = readFileSync(path);
  const { width, height } = pngSize(bytes);
  // Twice the size of the drawing (the first-visit map and its findings draw about 950 × 1,150).
  expect(width).toBeGreaterThan(1800);
  expect(height).toBeGreaterThan(2200);

  // Not blank: draw the image and count the pixels that are not background.
  const inked = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4 * 97) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) count++;
    return count;
  }, bytes.toString('base64'));
  expect(inked).toBeGreaterThan(1000);

  await page.getByRole('button', { name: 'New' }).click();
  await page.getByRole('menuitem', { name: /Empty diagram/ }).click();
  await page.getByRole('button', { name: 'Open Empty diagram' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await page.locator('input[type=file]').setInputFiles(path);
  await expect(page.locator('.react-flow__node')).toHaveCount(9);
  await expect(page.getByLabel('Diagram title')).toHaveValue('Order events fan-out');
  await expect(page.getByRole('heading', { name: /Review: 1 error, 4 warnings/ })).toBeVisible();
});

test('SVG, JSON and Mermaid exports carry the diagram', async ({ page }) => {
  const svg = readFileSync(await (await exportFromMenu(page, /^SVG image/)).path(), 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('Kafka Topic');
  const json = JSON.parse(readFileSync(await (await exportFromMenu(page, /^JSON file/)).path(), 'utf8'));
  expect(json).toMatchObject({ format: 'flowmap', version: 2, title: 'Order events fan-out' });
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: /Copy as Mermaid/ }).click();
  await expect(page.getByRole('status')).toContainText('Mermaid flowchart copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^flowchart LR\n[\s\S]*topic\[\/"Kafka Topic"\/\]/);
});

test('a broken file is refused with the field named, and the diagram stays as it was', async ({ page }) => {
  const bad = '{"format":"flowmap","version":1,"title":"Broken","nodes":[{"id":"a","kind":"service","label":"A"},{"id":"b","kind":"robot","label":"B"}],"edges":[]}';
  await page.locator('input[type=file]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await expect(page.getByRole('alert')).toContainText('nodes[1].kind: expected one of actor');
  await expect(page.getByRole('alert')).toContainText('“broken.json” could not be opened; your diagram is unchanged');
  await expect(page.getByLabel('Diagram title')).toHaveValue('Order events fan-out');
  await expect(page.locator('.react-flow__node')).toHaveCount(9);
});

test('a JSON file without positions is laid out on opening', async ({ page }) => {
  const doc = {
    format: 'flowmap',
    version: 1,
    title: 'No positions',
    nodes: [
      { id: 'u', kind: 'actor', label: 'Customer' },
      { id: 'api', kind: 'service', label: 'API' },
      { id: 'db', kind: 'store', label: 'DB' },
    ],
    edges: [
      { id: 'e1', source: 'u', target: 'api', kind: 'request' },
      { id: 'e2', source: 'api', target: 'db', kind: 'write' },
    ],
  };
  await page.locator('input[type=file]').setInputFiles({ name: 'plain.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  // Laying it out loads elkjs on demand first: give a busy machine time.
  await expect(page.locator('.react-flow__node')).toHaveCount(3, { timeout: 30_000 });
  const x = async (name: string) => (await page.getByRole('group', { name }).boundingBox())!.x;
  expect(await x('actor: Customer')).toBeLessThan(await x('service: API'));
  expect(await x('service: API')).toBeLessThan(await x('store: DB'));
});

test('a share link opens read-only in a fresh browser with its findings, and Edit a copy keeps the visitor’s own diagram one Undo away', async ({ page, browser }) => {
  await page.getByRole('group', { name: 'service: Consumer B' }).click();
  await page.getByRole('tab', { name: 'Facts' }).click();
  await page.getByLabel('Label', { exact: true }).fill('Billing ✨ consumer');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status')).toContainText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#d=[A-Za-z0-9_-]+$/);

  const visitor = await browser.newContext();
  const tab = await visitor.newPage();
  await tab.goto('/');
  await tab.getByLabel('Diagram title').fill('The visitor’s own');
  await tab.waitForTimeout(500);
  await tab.goto(link);
  await expect(tab.getByRole('region', { name: 'Shared diagram' })).toContainText('read-only');
  await expect(tab.getByRole('group', { name: 'service: Billing ✨ consumer' })).toBeVisible();
  await expect(tab.getByRole('heading', { name: /Review: 1 error, 4 warnings/ })).toBeVisible();
  await expect(tab.getByRole('button', { name: 'Add Store' })).toHaveCount(0);

  await tab.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(tab.getByRole('dialog')).toContainText('The visitor’s own');
  await tab.getByRole('button', { name: 'Edit the copy' }).click();
  await expect(tab.getByRole('button', { name: 'Add Store' })).toBeVisible();
  await expect(tab.getByLabel('Diagram title')).toHaveValue('Order events fan-out');
  await tab.getByRole('button', { name: 'Undo' }).click();
  await expect(tab.getByLabel('Diagram title')).toHaveValue('The visitor’s own');
  await visitor.close();
});

test('a tab opened with a share link shows the shared diagram first, never the visitor’s own, saves nothing over it, and Close brings it back', async ({ page, browser }) => {
  await page.getByLabel('Diagram title').fill('Shared for review');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());

  const visitor = await browser.newContext();
  const own = await visitor.newPage();
  await own.goto('/');
  await own.getByLabel('Diagram title').fill('The visitor’s own');
  await own.waitForTimeout(500);
  await own.close();

  // A fresh tab (not a fragment change in an open one): every title the page ever paints is noted.
  const tab = await visitor.newPage();
  await tab.addInitScript(() => {
    const painted: string[] = [];
    (window as unknown as { paintedTitles: string[] }).paintedTitles = painted;
    const look = () => {
      const title = document.querySelector<HTMLInputElement>('input[aria-label="Diagram title"]')?.value;
      if (title !== undefined && painted.at(-1) !== title) painted.push(title);
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await tab.goto(link);
  await expect(tab.getByRole('region', { name: 'Shared diagram' })).toContainText('read-only');
  await expect(tab.getByLabel('Diagram title')).toHaveValue('Shared for review');
  await expect(tab.getByRole('heading', { name: /Review: / })).toBeVisible();
  // Longer than the autosave's delay: nothing of the shared diagram is written.
  await tab.waitForTimeout(1000);
  expect(await tab.evaluate(() => (window as unknown as { paintedTitles: string[] }).paintedTitles)).toEqual(['Shared for review']);

  await tab.getByRole('region', { name: 'Shared diagram' }).getByRole('button', { name: 'Close' }).click();
  await expect(tab.getByLabel('Diagram title')).toHaveValue('The visitor’s own');
  await tab.reload();
  await expect(tab.getByLabel('Diagram title')).toHaveValue('The visitor’s own');
  await expect(tab.getByRole('region', { name: 'Shared diagram' })).toHaveCount(0);
  await visitor.close();
});

test('a damaged share link says so and shows the visitor’s own diagram', async ({ page }) => {
  // Put in the address bar of the open app, then opened in a fresh tab.
  for (const from of ['/', 'about:blank']) {
    await page.goto(from);
    await page.goto('/#d=AAAA-not-a-diagram');
    await expect(page.getByRole('alert')).toContainText('This share link could not be opened');
    await expect(page.getByLabel('Diagram title')).toHaveValue('Order events fan-out');
    await expect(page.getByRole('button', { name: 'Add Store' })).toBeVisible();
  }
});
