import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { freshStart, node } from './support/editor';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test.beforeEach(async ({ page }) => freshStart(page));

test('no serious accessibility problems in the editor, with a selection, a menu or a dialog open', async ({ page }) => {
  // Four full axe runs: slow on a busy machine.
  test.setTimeout(180_000);
  expect(await seriousViolations(page)).toEqual([]);
  await node(page, 'service', 'Consumer B').click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('write arrow from Consumer B to Postgres').click({ force: true });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Export' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'New' }).click();
  await page.getByRole('menuitem', { name: /Empty diagram/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('every control has an accessible name', async ({ page }) => {
  await node(page, 'queue', 'Kafka Topic').click();
  const unnamed = await page.locator('button, input:not([type=hidden]), select, textarea, [role=menuitem]').evaluateAll((elements) =>
    elements
      .filter((el) => {
        const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.getAttribute('title');
        const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
        return !labelled && !label && !el.closest('label') && !(el.textContent ?? '').trim();
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
  expect(unnamed).toEqual([]);
});

test('the menus work from the keyboard', async ({ page }) => {
  const exportButton = page.getByRole('button', { name: 'Export' });
  await exportButton.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: /PNG image, dark/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(exportButton).toBeFocused();
});
