import { expect, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});

test('every edit is saved shortly after it is made, and reopens after a reload', async ({ page }) => {
  await page.getByLabel('Diagram title').fill('My payments map');
  await page.getByRole('button', { name: 'Add Cache' }).click();
  await page.keyboard.type('Session cache');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByLabel('Diagram title')).toHaveValue('My payments map');
  await expect(page.getByRole('group', { name: 'cache: Session cache' })).toBeVisible();
});

test('a saved diagram that cannot be read is kept and offered as a download, not replaced', async ({ page }) => {
  const raw = '{"savedAt":"2026-11-25","revision":3,"doc":{"format":"flowmap","version":9,"title":"From the future","nodes":[],"edges":[]}}';
  await page.evaluate((data) => {
    localStorage.clear();
    localStorage.setItem('flowmap:a', data);
    localStorage.setItem('flowmap:current', 'a');
  }, raw);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Your saved diagram could not be opened');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the saved data' }).click();
  const file = await download;
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(path, 'utf8')).toBe(raw);
  await page.getByLabel('Diagram title').fill('Edited meanwhile');
  await page.waitForTimeout(600);
  await page.getByLabel('Diagram title').fill('Edited again');
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => localStorage.getItem('flowmap:recovered'))).toBe(raw);
});

test('two tabs editing the same diagram are told, and neither silently overwrites the other', async ({ page, context }) => {
  const other = await context.newPage();
  await other.goto('/');
  await page.getByLabel('Diagram title').fill('Written in tab one');
  await expect(other.getByRole('alert')).toContainText('saved from another tab');
  await other.getByLabel('Diagram title').fill('Written in tab two');
  await other.waitForTimeout(600);
  expect(await page.evaluate(() => localStorage.getItem(`flowmap:${localStorage.getItem('flowmap:current')}`))).toContain('Written in tab one');
  await other.getByRole('button', { name: 'Load the other tab’s version' }).click();
  await expect(other.getByLabel('Diagram title')).toHaveValue('Written in tab one');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('undo still works after a reload', async ({ page }) => {
  await page.getByLabel('Diagram title').fill('Before the reload');
  await page.getByRole('button', { name: 'Add Store' }).click();
  await page.keyboard.type('Ledger');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  await page.reload();
  await expect(page.getByRole('group', { name: 'store: Ledger', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('group', { name: 'store: Store', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Diagram title')).toHaveValue('Order events fan-out');
});
