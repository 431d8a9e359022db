import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { clickEmptyCanvas, connect, dropNode, freshStart, node, startEmpty } from './support/editor';

test.beforeEach(async ({ page }) => {
  await freshStart(page);
  await startEmpty(page);
});

const boundary = (page: Page, label: string, kind = 'team') => page.getByRole('group', { name: `Boundary (${kind}): ${label}`, exact: true });
const note = (page: Page, text: string) => page.getByRole('group', { name: `Note: ${text}`, exact: true });
const boxOf = async (locator: Locator) => (await locator.boundingBox())!;

/** Drags with the mouse, in steps, as a person does. */
async function drag(page: Page, from: { x: number; y: number }, by: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + by.x / 2, from.y + by.y / 2, { steps: 5 });
  await page.mouse.move(from.x + by.x, from.y + by.y, { steps: 5 });
  await page.mouse.up();
}

/** Where a person grabs a boundary: its label in the top-left corner. */
async function labelOf(page: Page, label: string, kind?: string) {
  const box = await boxOf(boundary(page, label, kind).locator('.fm-boundary__label'));
  return { x: box.x + 20, y: box.y + box.height / 2 };
}

/** Clicks a palette entry and types the new item's name (or text) into the field that opens on it. */
async function addFromPalette(page: Page, entry: 'Boundary' | 'Note', text: string, shown: Locator) {
  await page.getByRole('button', { name: `Add ${entry}` }).click();
  const field = page.getByRole('textbox', { name: entry === 'Note' ? 'Note text' : 'Boundary name' });
  await expect(field).toBeFocused();
  await field.fill(text);
  await field.press('Enter');
  await expect(shown).toBeVisible();
}

const addBoundary = (page: Page, label: string) => addFromPalette(page, 'Boundary', label, boundary(page, label));
const addNote = (page: Page, text: string) => addFromPalette(page, 'Note', text, note(page, text));

test('a boundary is drawn behind nodes, carries the nodes dropped in it, lets go of one dragged out, and resizes; each is one undo step', async ({ page }) => {
  await addBoundary(page, 'Payments team');
  const frame = await boxOf(boundary(page, 'Payments team'));
  const pane = await boxOf(page.locator('.react-flow__pane'));
  // One node dropped inside the frame, one outside it.
  await dropNode(page, 'Service', { x: frame.x - pane.x + frame.width / 2, y: frame.y - pane.y + frame.height / 2 + 20 }, 'Checkout');
  await dropNode(page, 'Store', { x: frame.x - pane.x + frame.width / 2, y: frame.y - pane.y + frame.height + 120 }, 'Ledger');
  await clickEmptyCanvas(page);
  await page.screenshot({ path: 'test-results/boundary-drawn.png' });

  // The frame is behind the node: the node's middle is the node, not the frame.
  const inside = await boxOf(node(page, 'service', 'Checkout'));
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.react-flow__node')?.getAttribute('aria-label'), { x: inside.x + inside.width / 2, y: inside.y + inside.height / 2 });
  expect(hit).toBe('service: Checkout');

  // Dragging the frame by its label moves the node in it, not the one outside.
  const outside = await boxOf(node(page, 'store', 'Ledger'));
  await drag(page, await labelOf(page, 'Payments team'), { x: 120, y: 40 });
  const moved = await boxOf(boundary(page, 'Payments team'));
  expect(moved.x - frame.x).toBeGreaterThan(100);
  expect((await boxOf(node(page, 'service', 'Checkout'))).x - inside.x).toBeCloseTo(moved.x - frame.x, 0);
  expect((await boxOf(node(page, 'store', 'Ledger'))).x).toBeCloseTo(outside.x, 0);

  // One undo puts the frame and its node back together.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await boxOf(boundary(page, 'Payments team'))).x).toBeCloseTo(frame.x, 0);
  expect((await boxOf(node(page, 'service', 'Checkout'))).x).toBeCloseTo(inside.x, 0);
  await page.keyboard.press('Control+Shift+z');

  // Dragged out of the frame, the node no longer follows it.
  const now = await boxOf(node(page, 'service', 'Checkout'));
  await drag(page, { x: now.x + now.width / 2, y: now.y + now.height / 2 }, { x: 0, y: 300 });
  const left = await boxOf(node(page, 'service', 'Checkout'));
  await drag(page, await labelOf(page, 'Payments team'), { x: -100, y: 0 });
  expect((await boxOf(node(page, 'service', 'Checkout'))).x).toBeCloseTo(left.x, 0);

  // Resizing by the corner handle is one undo step.
  await boundary(page, 'Payments team').locator('.fm-boundary__label').click();
  const before = await boxOf(boundary(page, 'Payments team'));
  const corner = await boxOf(boundary(page, 'Payments team').locator('.react-flow__resize-control.handle.bottom.right'));
  await drag(page, { x: corner.x + corner.width / 2, y: corner.y + corner.height / 2 }, { x: 120, y: 80 });
  const after = await boxOf(boundary(page, 'Payments team'));
  expect(after.width - before.width).toBeGreaterThan(100);
  expect(after.height - before.height).toBeGreaterThan(60);
  await page.screenshot({ path: 'test-results/boundary-resized.png' });
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await boxOf(boundary(page, 'Payments team'))).width).toBeCloseTo(before.width, 0);
});

test('a boundary drawn inside another moves with it, and Tidy layout refits both round their nodes', async ({ page }, info) => {
  const file = info.outputPath('nested.json');
  writeFileSync(file, JSON.stringify({
    format: 'flowmap', version: 2, title: 'Nested boundaries',
    nodes: [
      { id: 'client', kind: 'actor', label: 'Shopper', position: { x: 0, y: 120 } },
      { id: 'api', kind: 'service', label: 'Checkout API', group: 'platform', position: { x: 260, y: 100 } },
      { id: 'vault', kind: 'store', label: 'Card vault', group: 'cards', position: { x: 300, y: 300 } },
    ],
    edges: [{ id: 'a', source: 'client', target: 'api', kind: 'request' }, { id: 'b', source: 'api', target: 'vault', kind: 'write' }],
    groups: [
      { id: 'platform', label: 'Payments platform', kind: 'system', position: { x: 220, y: 40 }, size: { width: 420, height: 400 } },
      { id: 'cards', label: 'Card data', kind: 'trust', position: { x: 260, y: 250 }, size: { width: 300, height: 160 } },
    ],
  }));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Open/ }).click();
  await (await chooser).setFiles(file);
  await expect(boundary(page, 'Card data', 'trust')).toBeVisible();

  const inner = await boxOf(boundary(page, 'Card data', 'trust'));
  const vault = await boxOf(node(page, 'store', 'Card vault'));
  const outer = await boxOf(boundary(page, 'Payments platform', 'system'));
  await drag(page, await labelOf(page, 'Payments platform', 'system'), { x: 80, y: 30 });
  const dx = (await boxOf(boundary(page, 'Payments platform', 'system'))).x - outer.x;
  expect(dx).toBeGreaterThan(60);
  expect((await boxOf(boundary(page, 'Card data', 'trust'))).x - inner.x).toBeCloseTo(dx, 0);
  expect((await boxOf(node(page, 'store', 'Card vault'))).x - vault.x).toBeCloseTo(dx, 0);

  await page.getByRole('button', { name: 'View ▾' }).click();
  await page.getByRole('menuitem', { name: /Tidy layout/ }).click();
  const within = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
  await expect.poll(async () => within(await boxOf(node(page, 'store', 'Card vault')), await boxOf(boundary(page, 'Card data', 'trust')))).toBe(true);
  // The canvas takes the new layout in a transition: each frame settles on its own.
  await expect.poll(async () => within(await boxOf(boundary(page, 'Card data', 'trust')), await boxOf(boundary(page, 'Payments platform', 'system')))).toBe(true);
  await expect.poll(async () => within(await boxOf(node(page, 'service', 'Checkout API')), await boxOf(boundary(page, 'Payments platform', 'system')))).toBe(true);
  await expect.poll(async () => within(await boxOf(node(page, 'actor', 'Shopper')), await boxOf(boundary(page, 'Payments platform', 'system')))).toBe(false);
  await page.screenshot({ path: 'test-results/boundaries-tidy.png' });
});

test('a note is free text that wraps, is edited in place and resized', async ({ page }) => {
  const text = 'Retries are capped at 3 and a poison message goes to the dead-letter topic after that';
  await addNote(page, text);
  const shown = note(page, text);
  // It wraps onto several lines, none cut.
  await expect(shown.locator('.fm-note__line')).not.toHaveCount(1);
  await expect.poll(async () => (await shown.locator('.fm-note__line').allTextContents()).join(' ')).toBe(text);
  await page.screenshot({ path: 'test-results/note-drawn.png' });

  // F2 edits it again.
  await shown.click();
  await page.keyboard.press('F2');
  await expect(page.getByRole('textbox', { name: 'Note text' })).toBeFocused();
  await page.keyboard.press('Escape');

  const before = await boxOf(shown);
  const lines = await shown.locator('.fm-note__line').count();
  const corner = await boxOf(shown.locator('.react-flow__resize-control.handle.bottom.right'));
  await drag(page, { x: corner.x + corner.width / 2, y: corner.y + corner.height / 2 }, { x: 160, y: 0 });
  const after = await boxOf(shown);
  expect(after.width - before.width).toBeGreaterThan(140);
  // Wider, it needs fewer lines.
  await expect.poll(() => shown.locator('.fm-note__line').count()).toBeLessThan(lines);
});

/** A boundary with a node in it, and a note beside it (palette clicks place each beside the last). */
async function sketch(page: Page) {
  await addBoundary(page, 'Payments team');
  const frame = await boxOf(boundary(page, 'Payments team'));
  const pane = await boxOf(page.locator('.react-flow__pane'));
  await dropNode(page, 'Service', { x: frame.x - pane.x + frame.width / 2, y: frame.y - pane.y + frame.height / 2 + 20 }, 'Checkout');
  // An arrow from outside crosses the frame's border, drawn over it.
  await dropNode(page, 'Actor', { x: frame.x - pane.x + frame.width / 2, y: frame.y - pane.y + frame.height + 90 }, 'Shopper');
  await connect(page, { kind: 'actor', label: 'Shopper' }, { kind: 'service', label: 'Checkout' });
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await addNote(page, 'Card data never leaves this zone');
  // Not stacked: the note is beside the boundary.
  const placed = await boxOf(note(page, 'Card data never leaves this zone'));
  expect(placed.x >= frame.x + frame.width || placed.y >= frame.y + frame.height).toBe(true);
  await clickEmptyCanvas(page);
}

async function exportFromMenu(page: Page, item: RegExp) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: item }).click();
  return readFileSync((await (await download).path())!);
}

test('the SVG and PNG exports draw the boundary with its label and the whole note', async ({ page }) => {
  await sketch(page);
  const svg = (await exportFromMenu(page, /^SVG image/)).toString('utf8');
  const frame = svg.slice(svg.indexOf('<g class="fm-boundary fm-boundary-team">'));
  expect(frame).toContain('>Payments team</text>');
  const noteText = [...svg.slice(svg.indexOf('<g class="fm-note">')).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).slice(0, 4).join(' ');
  expect(noteText).toContain('Card data never leaves this zone');
  const png = await exportFromMenu(page, /^PNG image Annotated/);
  writeFileSync('test-results/boundaries-export.png', png);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThan(1000);
});

test('a boundary copied and pasted brings its node; a note duplicates; undo and Delete work on them', async ({ page }) => {
  await sketch(page);
  await boundary(page, 'Payments team').locator('.fm-boundary__label').click();
  await page.keyboard.press('Control+c');
  const pane = await boxOf(page.locator('.react-flow__pane'));
  await page.mouse.move(pane.x + 160, pane.y + pane.height - 320);
  await page.keyboard.press('Control+v');
  await expect(boundary(page, 'Payments team')).toHaveCount(2);
  await expect(node(page, 'service', 'Checkout')).toHaveCount(2);
  await expect(node(page, 'actor', 'Shopper')).toHaveCount(1);
  // The pasted node is in the pasted boundary: dragging that frame carries it.
  const pasted = boundary(page, 'Payments team').nth(1);
  const copy = node(page, 'service', 'Checkout').nth(1);
  const [frameBefore, nodeBefore] = [await boxOf(pasted), await boxOf(copy)];
  const label = await boxOf(pasted.locator('.fm-boundary__label'));
  await drag(page, { x: label.x + 20, y: label.y + label.height / 2 }, { x: 200, y: 0 });
  const moved = (await boxOf(pasted)).x - frameBefore.x;
  expect(moved).toBeGreaterThan(150);
  expect((await boxOf(copy)).x - nodeBefore.x).toBeCloseTo(moved, 0);

  await note(page, 'Card data never leaves this zone').click();
  await page.keyboard.press('Control+d');
  await expect(note(page, 'Card data never leaves this zone')).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(note(page, 'Card data never leaves this zone')).toHaveCount(1);

  // Deleting a boundary keeps its nodes; undo brings it back.
  await pasted.locator('.fm-boundary__label').click();
  await page.keyboard.press('Delete');
  await expect(boundary(page, 'Payments team')).toHaveCount(1);
  await expect(node(page, 'service', 'Checkout')).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(boundary(page, 'Payments team')).toHaveCount(2);
});

test('the Facts tab shows a boundary’s label, kind and owner and a note’s text, and edits them', async ({ page }) => {
  await sketch(page);
  await boundary(page, 'Payments team').locator('.fm-boundary__label').click();
  await page.getByRole('tab', { name: 'Facts' }).click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: 'Boundary' })).toBeVisible();
  await expect(inspector.getByText('1 node inside')).toBeVisible();
  await inspector.getByLabel('Kind').selectOption('trust');
  await inspector.getByLabel('Owner (team) of the nodes inside').fill('payments');
  await expect(boundary(page, 'Payments team', 'trust')).toContainText('payments');
  await page.screenshot({ path: 'test-results/boundary-facts.png' });
  await note(page, 'Card data never leaves this zone').click();
  await expect(inspector.getByLabel('Text')).toHaveValue('Card data never leaves this zone');
});

test('in a shared link’s review a boundary and a note cannot be moved, resized, renamed or deleted', async ({ page }) => {
  await sketch(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await page.evaluate((hash) => (location.hash = hash), new URL(link).hash);
  await expect(page.getByRole('region', { name: 'Shared diagram' })).toContainText('read-only');
  const frame = boundary(page, 'Payments team');
  await expect(frame).toBeVisible();
  const before = await boxOf(frame);
  await frame.locator('.fm-boundary__label').click();
  await expect(frame.locator('.react-flow__resize-control')).toHaveCount(0);
  await drag(page, await labelOf(page, 'Payments team'), { x: 150, y: 60 });
  await frame.locator('.fm-boundary__label').dblclick();
  await expect(page.getByRole('textbox', { name: 'Boundary name' })).toHaveCount(0);
  await page.keyboard.press('Delete');
  await note(page, 'Card data never leaves this zone').click();
  await page.keyboard.press('F2');
  await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(0);
  await page.keyboard.press('Delete');
  await expect(frame).toHaveCount(1);
  await expect(note(page, 'Card data never leaves this zone')).toHaveCount(1);
  expect(await boxOf(frame)).toEqual(before);
});

test('boundaries and notes in the dark theme, and the light one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await sketch(page);
  await page.screenshot({ path: 'test-results/boundaries-dark.png' });
  const label = await boundary(page, 'Payments team').locator('.fm-boundary__line').evaluate((el) => getComputedStyle(el).color);
  expect(label).toBe('rgb(241, 245, 249)');
  // A selected boundary and a note pass axe in both themes (colour contrast included).
  test.setTimeout(120_000);
  await boundary(page, 'Payments team').locator('.fm-boundary__label').click();
  const serious = async () => (await new AxeBuilder({ page }).include('.react-flow').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  expect(await serious()).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: 'test-results/boundaries-light.png' });
  expect(await serious()).toEqual([]);
});
