import { expect, test } from '@playwright/test';

test('the built app ships a strict CSP, breaks none of it, and calls no server', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) foreign.push(request.url());
  });
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  await expect(page.locator('#root')).not.toBeEmpty();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'none'");
  expect(csp).not.toContain('unsafe-eval');

  expect(violations).toEqual([]);

  // Prove the policy is live: an injected inline script must be refused and reported.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.some((v) => v.startsWith('script-src'))).toBe(true);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('editing, laying out, exporting and sharing make no network request at all, and break no policy', async ({ page, baseURL }) => {
  const requests: string[] = [];
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  // Everything after the first load must come from memory: the app's own files are already here.
  page.on('request', (request) => {
    const url = request.url();
    const lazyChunk = url.startsWith(`${baseURL}/assets/`) && url.endsWith('.js');
    if (!url.startsWith('data:') && !url.startsWith('blob:') && !lazyChunk) requests.push(url);
  });
  await page.getByRole('button', { name: 'Add Service' }).click();
  await page.keyboard.type('Audit log writer');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /^View/ }).click();
  await page.getByRole('menuitem', { name: /Tidy layout/ }).click();
  await expect(page.getByRole('group', { name: 'service: Audit log writer' })).toBeVisible();
  for (const item of [/^PNG image Annotated/, /^SVG image/, /^JSON file/]) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: item }).click();
    await download;
  }
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status')).toContainText('Link copied');
  expect(requests).toEqual([]);
  expect(violations).toEqual([]);
});
