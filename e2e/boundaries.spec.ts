import { expect, test, type Locator, type Page } from '@playwright/test';
import { clickEmptyCanvas, dropNode, freshStart, node, startEmpty } from './support/editor';

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
async function labelOf(page: Page, label: string) {
  const box = await boxOf(boundary(page, label).locator('.fm-boundary__label'));
  return { x: box.x + 20, y: box.y + box.height / 2 };
}

async function addBoundary(page: Page, label: string) {
  await page.getByRole('button', { name: 'Add Boundary' }).click();
  const field = page.getByRole('textbox', { name: 'Boundary name' });
  await expect(field).toBeFocused();
  await field.fill(label);
  await field.press('Enter');
  await expect(boundary(page, label)).toBeVisible();
}

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

test('a note is free text that wraps, is edited in place and resized', async ({ page }) => {
  await page.getByRole('button', { name: 'Add Note' }).click();
  const field = page.getByRole('textbox', { name: 'Note text' });
  await expect(field).toBeFocused();
  const text = 'Retries are capped at 3 and a poison message goes to the dead-letter topic after that';
  await field.fill(text);
  await field.press('Enter');
  const shown = note(page, text);
  await expect(shown).toBeVisible();
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
