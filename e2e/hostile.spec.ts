import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { freshStart } from './support/editor';

const HOSTILE = {
  format: 'flowmap',
  version: 1,
  title: '<img src=x onerror="window.__pwned=1">',
  nodes: [
    { id: 'a', kind: 'actor', label: '<script>window.__pwned=1</script>', position: { x: 0, y: 0 } },
    { id: 'b', kind: 'service', label: 'שירות ‮evil‬ 🚀', notes: '<b onmouseover="window.__pwned=1">hover</b>', owner: '"><svg onload=window.__pwned=1>', position: { x: 260, y: 0 } },
    { id: 'c', kind: 'store', label: '{{constructor.constructor("window.__pwned=1")()}}', entities: ['<i>order</i>'], position: { x: 520, y: 0 } },
  ],
  edges: [
    { id: 'e1', source: 'a', target: 'b', kind: 'request', label: '<iframe src=javascript:alert(1)>' },
    { id: 'e2', source: 'b', target: 'c', kind: 'write' },
  ],
};

test('labels with markup, script, RTL and emoji render as text everywhere and run nothing', async ({ page }) => {
  await freshStart(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.locator('input[type=file]').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(HOSTILE)) });
  await expect(page.getByRole('group', { name: 'actor: <script>window.__pwned=1</script>' })).toContainText('<script>window.__pwned=1</script>');
  await expect(page.getByLabel('Diagram title')).toHaveValue(HOSTILE.title);
  await page.getByRole('group', { name: /^service: שירות/ }).click();
  await expect(page.getByRole('region', { name: 'Review' })).toContainText('שירות');
  await page.getByRole('tab', { name: 'Facts' }).click();
  await expect(page.getByLabel('Notes')).toHaveValue('<b onmouseover="window.__pwned=1">hover</b>');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: /^SVG image/ }).click();
  const svg = readFileSync(await (await download).path(), 'utf8');
  expect(svg).not.toMatch(/<(script|img|iframe|foreignObject)/i);
  expect(svg).not.toMatch(/<[^>]*\son\w+=/i);
  expect(svg).toContain('&lt;script&gt;');

  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: /Copy as Mermaid/ }).click();
  const mermaid = await page.evaluate(() => navigator.clipboard.readText());
  expect(mermaid).not.toMatch(/<script|<iframe/i);

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
