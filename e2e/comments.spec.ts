import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});

test('a finding accepted with a reason is greyed, signed and counted apart; Reopen and Undo bring it back', async ({ page }) => {
  const heading = page.getByRole('heading', { name: /^Review: / });
  await expect(heading).toHaveText('Review: 1 error, 4 warnings, 0 notes');
  const postgresBadge = page.getByRole('group', { name: /: Postgres$/ }).locator('.fm-badge');
  await expect(postgresBadge).toHaveCount(1);
  const item = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^error/ }) });
  await item.getByRole('button', { name: 'Accept…' }).click();
  const form = item.getByRole('form', { name: 'Accept this finding' });
  await expect(form.getByRole('button', { name: 'Accept' })).toBeDisabled();
  await form.getByLabel('Your name').fill('Ada');
  await form.getByLabel('Reason').fill('Search lag is fine for this report');
  await form.getByLabel('Until (optional)').fill('2099-12-31');
  await form.getByRole('button', { name: 'Accept' }).click();
  await expect(heading).toHaveText('Review: 0 errors, 4 warnings, 0 notes · 1 accepted');
  await expect(item).toContainText(/Accepted by Ada on \d{4}-\d\d-\d\d, until 2099-12-31: Search lag is fine for this report/);
  await expect(postgresBadge).toHaveCount(0);
  await page.screenshot({ path: 'test-results/comments-accepted.png' });

  // The name is asked once: the next acceptance does not ask again, even after a reload (once the edit is saved).
  await page.waitForTimeout(600);
  await page.reload();
  const other = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^warning/ }) }).first();
  await other.getByRole('button', { name: 'Accept…' }).click();
  await expect(other.getByLabel('Your name')).toHaveCount(0);
  await other.getByRole('button', { name: 'Cancel' }).click();

  await item.getByRole('button', { name: 'Reopen' }).click();
  await expect(heading).toHaveText('Review: 1 error, 4 warnings, 0 notes');
  await page.keyboard.press('Control+z');
  await expect(heading).toHaveText('Review: 0 errors, 4 warnings, 0 notes · 1 accepted');
});

test('comment on a node and on a finding, reply, resolve; the Comments tab lists open ones first and zooms to a comment’s node', async ({ page }) => {
  await page.getByRole('group', { name: /: Service A$/ }).click();
  await page.getByRole('tab', { name: 'Comments' }).click();
  const panel = page.getByRole('region', { name: 'Comments' });
  await expect(panel).toContainText('On Service A');
  await panel.getByLabel('Your name').fill('Ada');
  await panel.getByRole('textbox', { name: 'Comment' }).fill('Does Service A retry?');
  await panel.getByRole('button', { name: 'Comment', exact: true }).click();
  const onNode = panel.getByRole('listitem', { name: 'Comment on Service A' });
  await expect(onNode).toContainText(/Does Service A retry\? — Ada, \d{4}-/);
  await onNode.getByRole('textbox', { name: 'Reply' }).fill('Three times');
  await onNode.getByRole('button', { name: 'Reply' }).click();
  await expect(onNode).toContainText('Three times — Ada');
  // A pin on the node counts its open threads.
  const pin = page.getByRole('group', { name: /: Service A$/ }).getByRole('img', { name: '1 open comment' });
  await expect(pin).toBeVisible();

  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
  await page.getByRole('tab', { name: 'Review' }).click();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^error/ }) });
  await item.getByRole('button', { name: 'Comment…' }).click();
  await item.getByRole('textbox', { name: 'Comment on this finding' }).fill('Who owns orders?');
  await item.getByRole('button', { name: 'Comment on this finding' }).click();
  await expect(item.getByRole('list', { name: 'Comments on this finding' })).toContainText('Who owns orders? — Ada');

  await page.getByRole('tab', { name: 'Comments' }).click();
  await expect(panel).toContainText('Comments: 2 open, 0 resolved');
  await onNode.getByRole('button', { name: 'Resolve' }).click();
  await expect(panel).toContainText('Comments: 1 open, 1 resolved');
  await expect(pin).toHaveCount(0);
  await expect(panel.getByRole('listitem').first()).toContainText('Finding: single-writer');
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
  await onNode.getByRole('button', { name: 'Service A' }).click();
  await expect(page.locator('.react-flow__node.selected')).toHaveText(/Service A/);
  await page.screenshot({ path: 'test-results/comments-panel.png' });

  // The image can carry the threads: numbered pins on the map, the list under the findings.
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /SVG image with comments/ }).click();
  const svg = readFileSync(await (await download).path(), 'utf8');
  expect(svg).toContain('class="fm-comment-pins"');
  expect(svg).toContain('Does Service A retry?');
  expect(svg).toContain('↳ Three times — Ada');
  expect(svg).toContain('1 open · 1 resolved');
});

test('a shared link’s reviewer comments without editing the diagram, copies the link, and the author sees the comment on the right node', async ({ page, browser }) => {
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // Another browser: in this one the author's tab holds the editing lock.
  const reviewer = await (await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })).newPage();
  await reviewer.goto(link);
  await expect(reviewer.getByRole('region', { name: 'Shared diagram' })).toContainText('read-only');
  await reviewer.getByRole('group', { name: /: Kafka Topic$/ }).click();
  await reviewer.getByRole('tab', { name: 'Comments' }).click();
  const panel = reviewer.getByRole('region', { name: 'Comments' });
  await panel.getByLabel('Your name').fill('Grace');
  await panel.getByRole('textbox', { name: 'Comment' }).fill('How many partitions?');
  await panel.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(panel.getByRole('listitem', { name: 'Comment on Kafka Topic' })).toContainText('How many partitions? — Grace');
  await reviewer.keyboard.press('Delete');
  await expect(reviewer.getByRole('group', { name: /: Kafka Topic$/ })).toBeVisible();
  await reviewer.getByRole('button', { name: 'Copy link with my comments' }).click();
  const commented = await reviewer.evaluate(() => navigator.clipboard.readText());
  expect(commented).not.toBe(link);

  await page.goto(commented);
  await page.getByRole('tab', { name: 'Comments' }).click();
  await expect(page.getByRole('listitem', { name: 'Comment on Kafka Topic' })).toContainText('How many partitions? — Grace');
  await expect(page.getByRole('group', { name: /: Kafka Topic$/ }).getByRole('img', { name: '1 open comment' })).toBeVisible();
  await page.screenshot({ path: 'test-results/comments-pin.png' });
});
