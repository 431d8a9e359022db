import { expect, type Page } from '@playwright/test';

export async function freshStart(page: Page) {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  // Arrows are drawn once React Flow has measured the nodes: tests that count them wait for them.
  await expect(page.locator('.react-flow__edge').first()).toBeAttached();
}

export async function startEmpty(page: Page) {
  await page.getByRole('button', { name: 'New' }).click();
  await page.getByRole('menuitem', { name: /Empty diagram/ }).click();
  await page.getByRole('button', { name: 'Open Empty diagram' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
}

export const node = (page: Page, kind: string, label: string) => page.getByRole('group', { name: `${kind}: ${label}`, exact: true });

/** Drags a kind from the palette to a point on the canvas (relative to the pane) and names it. */
export async function dropNode(page: Page, paletteName: string, at: { x: number; y: number }, label: string) {
  await page.getByRole('button', { name: `Add ${paletteName}` }).dragTo(page.locator('.react-flow__pane'), { targetPosition: at });
  const field = page.getByRole('textbox', { name: 'Node name' });
  await expect(field).toBeFocused();
  await field.fill(label);
  await field.press('Enter');
}

/** Draws an arrow by dragging from the source node's handle and letting go over the target node. */
export async function connect(page: Page, from: { kind: string; label: string }, to: { kind: string; label: string }) {
  await node(page, from.kind, from.label).locator('.react-flow__handle.source').dragTo(node(page, to.kind, to.label));
}

export async function clickEmptyCanvas(page: Page) {
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
}
