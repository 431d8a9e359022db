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

  // The name is asked once: the next acceptance does not ask again, even after a reload.
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
