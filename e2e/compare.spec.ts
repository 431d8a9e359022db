import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fanOut } from '../src/templates';
import { freshStart } from './support/editor';

test.beforeEach(async ({ page }) => freshStart(page));

/**
 * The version reviewed last time, from the fan-out template's JSON: no User Request yet (so nothing
 * led into the gateway), a Legacy CRM since dropped, and Consumer B owned by payments.
 */
function lastReview(): string {
  const doc = structuredClone(fanOut);
  doc.nodes = doc.nodes.filter((n) => n.id !== 'user').map((n) => (n.id === 'consumerB' ? { ...n, owner: 'payments' } : n));
  doc.nodes.push({ id: 'legacy', kind: 'external', label: 'Legacy CRM', position: { x: 900, y: 300 } });
  doc.edges = doc.edges.filter((e) => e.id !== 'e1');
  return JSON.stringify(doc);
}

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'flowmap-compare-')), name);
  writeFileSync(path, text);
  return path;
}

/** View ▸ Compare with… ▸ Choose a file…, answered through the browser's file chooser. */
async function compareWithFile(page: Page, path: string, screenshot?: string) {
  await page.getByRole('button', { name: 'View ▾' }).click();
  await page.getByRole('menuitem', { name: /Compare with…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare with another version' });
  await expect(dialog).toBeVisible();
  if (screenshot) await page.screenshot({ path: screenshot });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles(path);
  return dialog;
}

const canvas = (page: Page) => page.getByRole('application');
const panel = (page: Page) => page.getByRole('region', { name: 'Comparison' });

test('compare the fan-out map with the version reviewed last time: each change marked on the canvas and listed in the panel; Esc leaves', async ({ page }) => {
  await compareWithFile(page, tempFile('last-review.json', lastReview()));
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('[data-id="legacy"]')).toBeInViewport();

  // The canvas: added green, changed amber, removed a ghost where it was; moved-only or untouched left alone.
  await expect(canvas(page).getByRole('group', { name: 'actor: User Request, added' })).toHaveAttribute('data-compare', 'added');
  await expect(canvas(page).getByRole('group', { name: 'service: Consumer B, changed' })).toHaveAttribute('data-compare', 'changed');
  const ghost = canvas(page).getByRole('img', { name: 'external: Legacy CRM, removed' });
  await expect(ghost).toHaveAttribute('data-compare', 'removed');
  await expect(ghost).toHaveCSS('pointer-events', 'none');
  await expect(page.locator('.react-flow__edge[data-id="e1"]')).toHaveAttribute('data-compare', 'added');
  await expect(page.locator('[data-compare]')).toHaveCount(4);
  await expect(canvas(page).getByRole('group', { name: 'service: Consumer C', exact: true })).toBeVisible();
  await expect(page.getByRole('note', { name: 'Comparison legend' })).toContainText('Changes since “last-review.json”');

  // The panel: findings by fingerprint, then each change with its facts.
  await expect(panel(page).getByRole('heading', { name: 'Changes since “last-review.json”' })).toBeVisible();
  await expect(panel(page).getByRole('list', { name: 'Findings resolved' }).getByRole('listitem')).toHaveCount(1);
  await expect(panel(page).getByRole('list', { name: 'Findings resolved' })).toContainText('No arrow leads into API Gateway');
  await expect(panel(page).getByRole('list', { name: 'Findings introduced' })).toHaveCount(0);
  await expect(panel(page).getByText('None.')).toBeVisible();
  await expect(panel(page).getByText('Findings unchanged (5)')).toBeVisible();
  const changes = panel(page).getByRole('list', { name: 'Changes' });
  await expect(changes.getByRole('button')).toHaveText(['added node User Request', 'removed node Legacy CRM', 'changed node Consumer B', 'added arrow User Request → API Gateway']);
  await expect(changes.getByRole('list', { name: 'Changed facts of Consumer B' })).toHaveText('owner: payments → billing');
  await page.screenshot({ path: 'test-results/compare-light.png' });
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);

  // Clicking an entry selects it (when it is on show) and zooms to it.
  await changes.getByRole('button', { name: 'changed node Consumer B' }).click();
  await expect(page.locator('.react-flow__node.selected')).toHaveAttribute('data-id', 'consumerB');
  await changes.getByRole('button', { name: 'removed node Legacy CRM' }).click();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  await expect(ghost).toBeInViewport();

  // The document is untouched and as editable as before: a comparison is not an edit.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  await page.keyboard.press('Escape');
  await expect(page.locator('[data-compare]')).toHaveCount(0);
  await expect(page.getByRole('note', { name: 'Comparison legend' })).toHaveCount(0);
  await expect(panel(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Review:/ })).toBeVisible();
});

test('the dark theme draws the marks and the panel readably; Leave comparison, or a what-if scenario, leaves it', async ({ page }) => {
  // The theme goes round: as the system, light, dark.
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: 'View ▾' }).click();
    await page.getByRole('menuitem', { name: /^Theme:/ }).click();
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await compareWithFile(page, tempFile('last-review.json', lastReview()), 'test-results/compare-dialog-dark.png');
  await expect(page.locator('[data-compare]')).toHaveCount(4);
  await page.screenshot({ path: 'test-results/compare-dark.png' });
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  await panel(page).getByRole('button', { name: 'Leave comparison (Esc)' }).click();
  await expect(page.locator('[data-compare]')).toHaveCount(0);

  // Asking what if something fails leaves the comparison for the scenario.
  await compareWithFile(page, tempFile('last-review.json', lastReview()));
  await canvas(page).getByRole('group', { name: 'service: Consumer C', exact: true }).click();
  await page.keyboard.press('w');
  await expect(page.getByRole('heading', { name: 'What if Consumer C is down?' })).toBeVisible();
  await expect(page.locator('[data-compare]')).toHaveCount(0);
  await expect(panel(page)).toHaveCount(0);
});

test('a bad file is refused naming the field, and no comparison starts', async ({ page }) => {
  const bad = JSON.parse(lastReview());
  bad.nodes[0].kind = 'robot';
  const dialog = await compareWithFile(page, tempFile('broken.json', JSON.stringify(bad)));
  await expect(dialog.getByRole('alert')).toContainText('Could not compare with “broken.json”; nothing changed. nodes[0].kind: expected one of');
  await page.screenshot({ path: 'test-results/compare-refused.png' });
  // A pasted link goes through the same checks.
  await dialog.getByRole('textbox', { name: 'Or paste a share link' }).fill('https://flowmap.example/#d=');
  await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('Could not compare with the link; nothing changed. the link is damaged');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('[data-compare]')).toHaveCount(0);
  await expect(page.getByRole('note', { name: 'Comparison legend' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Review:/ })).toBeVisible();
});

test('a saved version compares from the Versions dialog', async ({ page }) => {
  // An edit is kept as a version (a moment after it); opening the file keeps the diagram it replaces too.
  await page.getByLabel('Diagram title').fill('Before the review');
  await page.waitForTimeout(600);
  const review = { ...JSON.parse(lastReview()), title: 'Last review' };
  await page.locator('input[type=file]').setInputFiles({ name: 'last-review.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(review)) });
  await expect(page.getByLabel('Diagram title')).toHaveValue('Last review');
  await page.getByRole('button', { name: 'View ▾' }).click();
  await page.getByRole('menuitem', { name: /Versions…/ }).click();
  const versions = page.getByRole('dialog', { name: 'Versions' });
  const template = versions.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Before the review', exact: true }) }).first();
  await template.getByRole('button', { name: 'Compare' }).click();
  await expect(versions).toBeHidden();

  // Now the template is the older version: what the last review added is marked, what it dropped is a ghost.
  await expect(panel(page).getByRole('heading', { name: /^Changes since the version of / })).toBeVisible();
  await expect(canvas(page).getByRole('group', { name: 'external: Legacy CRM, added' })).toBeVisible();
  await expect(canvas(page).getByRole('img', { name: 'actor: User Request, removed' })).toBeVisible();
  await expect(panel(page).getByRole('list', { name: 'Findings introduced' })).toContainText('No arrow leads into API Gateway');
  await expect(panel(page).getByRole('list', { name: 'Changed facts of Consumer B' })).toHaveText('owner: billing → payments');
  await expect(panel(page).getByRole('list', { name: 'Changes' })).toContainText('changed the diagram’s title');
});
