import { expect, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});

test('first visit opens the fan-out template with the reviewer’s findings', async ({ page }) => {
  await expect(page.getByLabel('Diagram title')).toHaveValue('Order events fan-out');
  for (const label of ['User Request', 'API Gateway', 'Validation', 'Service A', 'Kafka Topic', 'Consumer B', 'Consumer C', 'Postgres', 'Elasticsearch']) {
    await expect(page.getByRole('group', { name: new RegExp(`: ${label}$`) })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: /Review: 1 error, 4 warnings/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/review-fan-out.png' });
});

test('clicking a finding selects its nodes, and the panel asks the four questions of a node', async ({ page }) => {
  await page.getByRole('button', { name: /single-writer/ }).click();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(4);
  await page.keyboard.press('Escape');
  await page.getByRole('group', { name: /: Consumer B$/ }).click();
  for (const question of ['Where does its data originate?', 'Who transforms it?', 'Who owns it?', 'How does it fail?']) {
    await expect(page.getByRole('heading', { name: question })).toBeVisible();
  }
});

test('New asks before replacing the diagram with a template, and the choice survives a reload', async ({ page }) => {
  const title = page.getByLabel('Diagram title');
  await page.getByRole('button', { name: 'New' }).click();
  await page.getByRole('menuitem', { name: /Accidental dual write/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(title).toHaveValue('Order events fan-out');
  await page.getByRole('button', { name: 'New' }).click();
  await page.getByRole('menuitem', { name: /Accidental dual write/ }).click();
  await expect(page.getByRole('dialog')).toContainText('Replace “Order events fan-out”?');
  await page.getByRole('button', { name: 'Open Accidental dual write' }).click();
  await expect(title).toHaveValue('New message: accidental dual write');
  await expect(page.getByRole('button', { name: /dual-write/ })).toBeVisible();
  await page.reload();
  await expect(title).toHaveValue('New message: accidental dual write');
});

test('answering the questions the panel asks clears the findings', async ({ page }) => {
  const questions = page.getByRole('list', { name: 'Findings' }).getByRole('group');
  await expect(page.getByRole('heading', { name: /^Review:/ })).toBeVisible();
  for (let i = 0; i < 80 && (await questions.count()) > 0; i++) {
    const question = questions.first();
    const asksElasticsearchToOwn = /Is Elasticsearch the source of truth/.test((await question.getAttribute('aria-label')) ?? '');
    const asked = async () => (await questions.evaluateAll((groups) => groups.map((g) => g.getAttribute('aria-label')))).join('\n');
    const before = await asked();
    await question.getByRole('button', { name: asksElasticsearchToOwn ? 'No' : 'Yes' }).click();
    // The review comes back from its worker a moment after the answer, asking something else.
    await expect.poll(asked).not.toBe(before);
  }
  await expect(questions).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /Review: 0 errors, 0 warnings/ })).toBeVisible();
  // Saved a moment after the last edit (a person's reload would be asked to wait by the page).
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByRole('heading', { name: /Review: 0 errors, 0 warnings/ })).toBeVisible();
});

test('the lenses colour each entity’s writers and bring out the failure paths', async ({ page }) => {
  await page.getByRole('radio', { name: 'Ownership' }).check();
  await expect(page.getByLabel('writes order')).toHaveCount(2);
  await expect(page.locator('.react-flow__node.fm-lens--unowned')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/lens-ownership.png' });
  await page.getByRole('radio', { name: 'Failure paths' }).check();
  await expect(page.locator('.react-flow__node.fm-lens--hot')).not.toHaveCount(0);
  await expect(page.locator('.react-flow__node.fm-lens--dim')).toHaveCount(4);
  await page.screenshot({ path: 'test-results/lens-failure.png' });
  await page.getByRole('radio', { name: 'No lens' }).check();
  await expect(page.locator('.react-flow__node.fm-lens--dim')).toHaveCount(0);
});

test('a big map lists its first hundred findings, and all of them on request', async ({ page }) => {
  const nodes = Array.from({ length: 240 }, (_, i) => (i % 2 ? { id: `db${i}`, kind: 'store', label: `DB ${i}` } : { id: `u${i}`, kind: 'actor', label: `User ${i}` }));
  const edges = Array.from({ length: 120 }, (_, i) => ({ id: `e${i}`, source: `u${2 * i}`, target: `db${2 * i + 1}`, kind: 'write' }));
  const doc = { format: 'flowmap', version: 1, title: 'Many findings', nodes, edges };
  await page.locator('input[type=file]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  const findings = page.getByRole('list', { name: 'Findings' }).locator(':scope > li');
  // The file has no positions: it is laid out first (elkjs), which takes a while on a busy machine.
  await expect(findings).toHaveCount(100, { timeout: 30_000 });
  const more = page.getByRole('button', { name: /^Show all \d+ findings$/ });
  const total = Number((await more.textContent())!.match(/\d+/)![0]);
  expect(total).toBeGreaterThan(100);
  await more.click();
  await expect(findings).toHaveCount(total);
});
