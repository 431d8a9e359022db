import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { node } from './support/editor';

const fromFile = {
  format: 'flowmap',
  version: 2,
  title: 'From a file',
  nodes: [
    { id: 'web', kind: 'actor', label: 'Web shop', position: { x: 0, y: 0 } },
    { id: 'orders', kind: 'store', label: 'Orders DB', position: { x: 300, y: 0 } },
  ],
  edges: [{ id: 'w', source: 'web', target: 'orders', kind: 'write' }],
};

/** Typing pauses long enough for the save (300 ms after the last change) to land. */
async function retitle(page: Page, title: string) {
  await page.getByLabel('Diagram title').fill(title);
  await page.waitForTimeout(600);
}

async function openVersions(page: Page) {
  await page.getByRole('button', { name: 'View ▾' }).click();
  await page.getByRole('menuitem', { name: /Versions…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Versions' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const row = (page: Page, title: string) => page.getByRole('dialog', { name: 'Versions' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

test('edit, open a file, then restore the version before it (one undo step) and open the first as a copy', async ({ page }) => {
  await page.goto('/');
  await expect(node(page, 'service', 'Consumer B')).toBeVisible();
  await retitle(page, 'Before the file');
  await retitle(page, 'Edited map');
  await page.getByRole('button', { name: 'Add Cache' }).click();
  await page.keyboard.type('Session cache');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(600);
  await page.locator('input[type=file]').setInputFiles({ name: 'from-a-file.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(fromFile)) });
  await expect(page.getByLabel('Diagram title')).toHaveValue('From a file');
  await page.waitForTimeout(300);

  const dialog = await openVersions(page);
  await expect(dialog.getByRole('listitem')).toHaveCount(3);
  await expect(dialog.getByRole('heading', { level: 3 })).toHaveText(['From a file', 'Edited map', 'Before the file']);
  await expect(row(page, 'From a file')).toContainText('2 nodes · saved as it was opened');
  await expect(row(page, 'Edited map')).toContainText('10 nodes · saved before another diagram replaced it');
  await expect(row(page, 'Before the file')).toContainText('9 nodes · saved while editing');
  await expect(row(page, 'From a file')).toContainText('just now');
  // Each thumbnail draws the version's own diagram.
  await expect(row(page, 'From a file').locator('svg rect')).toHaveCount(2);
  await expect(row(page, 'Edited map').locator('svg rect')).toHaveCount(10);
  await expect(row(page, 'Edited map').locator('svg path')).toHaveCount(8);

  await row(page, 'Edited map').getByRole('button', { name: 'Restore' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Diagram title')).toHaveValue('Edited map');
  await expect(node(page, 'cache', 'Session cache')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(10);
  await expect(page.getByRole('status')).toContainText('Restored the version of');
  // Focus went back to the menu the dialog was opened from, so the shortcut acts on the diagram.
  await expect(page.getByRole('button', { name: 'View ▾' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel('Diagram title')).toHaveValue('From a file');
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await page.waitForTimeout(600);

  await openVersions(page);
  await row(page, 'Before the file').getByRole('button', { name: 'Open as a copy' }).click();
  await expect(page.getByLabel('Diagram title')).toHaveValue('Before the file (copy)');
  await expect(node(page, 'service', 'Consumer B')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(9);
  await page.waitForTimeout(300);
  await page.reload();
  await expect(page.getByLabel('Diagram title')).toHaveValue('Before the file (copy)');
  // The diagram the copy replaced is kept.
  await openVersions(page);
  await expect(page.getByRole('dialog').getByRole('heading', { level: 3 }).first()).toHaveText('Before the file (copy)');
  await expect(row(page, 'From a file').first()).toBeVisible();
});

test('a damaged version lists with what is known and says it cannot be opened; the dialog is keyboard-usable and axe-clean', async ({ page }) => {
  await page.goto('/');
  await retitle(page, 'Kept fine');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('flowmap');
        open.onsuccess = () => {
          const tx = open.result.transaction('versions', 'readwrite');
          tx.objectStore('versions').add({ savedAt: Date.now() - 3 * 3_600_000, reason: 'edit', title: 'Broken one', nodeCount: 4, text: '{"format":"flowmap","nodes":' });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  // A selection the dialog's keys must leave alone.
  await node(page, 'service', 'Consumer B').click();
  const view = page.getByRole('button', { name: 'View ▾' });
  await view.focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('menuitem', { name: /Versions…/ }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Versions' });
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(row(page, 'Broken one')).toContainText('3 hours ago');
  await expect(row(page, 'Broken one')).toContainText('4 nodes');
  await expect(row(page, 'Broken one')).toContainText('damaged and cannot be opened');
  await expect(row(page, 'Broken one').getByRole('button')).toHaveCount(0);
  await expect(row(page, 'Kept fine').getByRole('button', { name: 'Restore' })).toBeEnabled();
  // Keys inside the dialog do not reach the diagram behind it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(9);

  for (const theme of ['light', 'dark']) {
    await page.evaluate((name) => document.documentElement.setAttribute('data-theme', name), theme);
    const { violations } = await new AxeBuilder({ page }).include('.fm-versions').analyze();
    expect(violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(view).toBeFocused();
});
