import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { freshStart, node } from './support/editor';

test.beforeEach(async ({ page }) => freshStart(page));

const affectedNodes = (page: import('@playwright/test').Page) => page.locator('.react-flow__node.fm-whatif');
const narrative = (page: import('@playwright/test').Page) => page.getByRole('list', { name: 'What happens, in order' });

test('what if Consumer C fails: the canvas shows the spread, the panel narrates it, and a one-click mitigation shrinks it', async ({ page }) => {
  // From the context menu (the W key runs the same command).
  await node(page, 'service', 'Consumer C').click({ button: 'right' });
  await page.getByRole('menuitem', { name: /What if it fails\?/ }).click();
  await expect(page.getByRole('heading', { name: 'What if Consumer C is down?' })).toBeVisible();
  await expect(narrative(page).getByRole('listitem')).toHaveCount(4);
  await expect(narrative(page)).toContainText('Elasticsearch falls behind Postgres: it serves stale data until the backlog arrives; nobody is told');
  await expect(page.locator('.react-flow__node.fm-whatif--stale')).toHaveAttribute('data-id', 'elastic');
  await expect(page.locator('.react-flow__node.fm-lens--dim[data-id="consumerB"]')).toHaveCount(1);
  await expect(page.locator('.react-flow__node.fm-lens--dim[data-id="postgres"]')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge.fm-whatif')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/whatif-down.png' });

  await page.getByRole('group', { name: 'Choose the fault' }).getByRole('button', { name: 'drop' }).click();
  await expect(page.getByRole('heading', { name: 'What if Consumer C drops data?' })).toBeVisible();
  await expect(affectedNodes(page)).toHaveCount(3);
  const first = narrative(page).getByRole('listitem').first();
  await expect(first).toContainText('Fix: Give Consumer C a dead-letter path');
  await page.screenshot({ path: 'test-results/whatif-drop.png' });
  // What the scenario leaves alone is faded on purpose (incidental, in WCAG's words); the rest must read well.
  const { violations } = await new AxeBuilder({ page }).exclude('.fm-lens--dim').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);

  await first.getByRole('button', { name: 'Add this mitigation' }).click();
  await expect(affectedNodes(page)).toHaveCount(1);
  await expect(narrative(page)).toContainText('Consumer C dead-letters what it drops: nothing is lost and someone is told.');
  await expect(page.getByText(/^1 node affected; nothing broken silently/)).toBeVisible();
  await page.screenshot({ path: 'test-results/whatif-mitigated.png' });

  // One undo step takes the mitigation back, and the spread with it.
  await page.keyboard.press('Control+z');
  await expect(affectedNodes(page)).toHaveCount(3);

  // Escape leaves the scenario first, then the selection.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Consumer C', exact: true })).toBeVisible();
  await expect(affectedNodes(page)).toHaveCount(0);
  await expect(page.locator('.react-flow__node.fm-lens--dim')).toHaveCount(0);
});

test('a scenario exports as an annotated PNG and travels in a link that opens with it on', async ({ page, browser }) => {
  await node(page, 'service', 'Consumer C').click();
  await page.getByRole('region', { name: 'What if it fails?' }).getByRole('button', { name: 'drop' }).click();
  await expect(page.getByRole('heading', { name: 'What if Consumer C drops data?' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export scenario PNG' }).click();
  const file = await download;
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  // Open the image itself to look at it: the spread on the map, the narrative under it.
  const shown = await browser.newPage();
  await shown.setContent(`<img src="data:image/png;base64,${bytes.toString('base64')}" style="width:1400px">`);
  await shown.screenshot({ path: 'test-results/whatif-export.png', fullPage: true });
  await shown.close();

  await page.getByRole('button', { name: 'Copy scenario link' }).click();
  await expect(page.getByRole('status')).toContainText('It opens with “What if Consumer C drops data?” on.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#d=[A-Za-z0-9_-]+&f=consumerC:drop$/);

  const visitor = await browser.newContext();
  const tab = await visitor.newPage();
  await tab.goto(link);
  await expect(tab.getByRole('region', { name: 'Shared diagram' })).toContainText('read-only');
  await expect(tab.getByRole('heading', { name: 'What if Consumer C drops data?' })).toBeVisible();
  await expect(tab.locator('.react-flow__node.fm-whatif')).toHaveCount(3);
  // A review cannot change the diagram, so it offers the fix but not the button.
  await expect(tab.getByText('Fix: Give Consumer C a dead-letter path')).toBeVisible();
  await expect(tab.getByRole('button', { name: 'Add this mitigation' })).toHaveCount(0);
  await tab.screenshot({ path: 'test-results/whatif-link.png' });
  await visitor.close();
});

test('a link with a scenario the diagram cannot have opens the diagram and says why', async ({ page }) => {
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await page.goto(`${link}&f=e2:schema`);
  await expect(page.getByRole('region', { name: 'Shared diagram' })).toContainText('read-only');
  await expect(page.getByRole('alert')).toContainText('not the what-if scenario in its link (f: an arrow cannot be "schema"');
  await expect(page.locator('.react-flow__node.fm-whatif')).toHaveCount(0);
});

test('the worst single points of failure are a list to click through', async ({ page }) => {
  await page.getByRole('button', { name: /Worst single points of failure/ }).click();
  const ranking = page.getByRole('region', { name: 'Worst single points of failure' }).getByRole('button');
  await expect(ranking.first()).toHaveText('API Gateway breaks 7 silently (worst: drop)');
  await ranking.nth(4).click();
  await expect(page.getByRole('heading', { name: 'What if Consumer B is down?' })).toBeVisible();
  await expect(ranking.nth(4)).toHaveAttribute('aria-current', 'true');
  // A node selected meanwhile can be asked about from the scenario too.
  await node(page, 'store', 'Postgres').click();
  await page.getByRole('region', { name: 'What if Postgres fails?' }).getByRole('button', { name: 'slow' }).click();
  await expect(page.getByRole('heading', { name: 'What if Postgres is slow?' })).toBeVisible();
  await expect(ranking.nth(4)).not.toHaveAttribute('aria-current', 'true');
  await ranking.nth(1).click();
  await expect(page.getByRole('heading', { name: 'What if Validation drops data?' })).toBeVisible();
  await page.screenshot({ path: 'test-results/whatif-ranking.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Postgres', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: /^Review:/ })).toBeVisible();
});

test('the spread is animated the way it travels, and stands still for someone who asked for less motion', async ({ page }) => {
  const animation = (id: string) => page.locator(`.react-flow__edge[data-id="${id}"] path.react-flow__edge-path`).evaluate((path) => {
    const style = getComputedStyle(path);
    return `${style.animationName} ${style.animationDirection}`;
  });
  await node(page, 'service', 'Service A').click();
  await page.keyboard.press('w');
  await expect(page.getByRole('heading', { name: 'What if Service A is down?' })).toBeVisible();
  // Validation's call to Service A fails: the failure runs back up the arrow, to the caller.
  expect(await animation('e3')).toBe('fm-spread reverse');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await animation('e3')).toMatch(/^none /);
});
