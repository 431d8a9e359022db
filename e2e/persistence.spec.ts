import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';

/** Puts `entries` in localStorage before the app first runs (once per tab), as an earlier Flowmap left them. */
async function seedEarlierSaves(page: Page, entries: Record<string, string>) {
  await page.addInitScript((seed) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.clear();
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
  }, entries);
  await page.goto('/');
}

const diagram = (title: string, version = 1) => ({ format: 'flowmap', version, title, nodes: [{ id: 'a', kind: 'service', label: `${title} node` }], edges: [] });
const envelope = (doc: unknown, revision: number) => JSON.stringify({ savedAt: '2025-01-01T00:00:00.000Z', revision, doc });

async function editTitleTwice(page: Page) {
  for (const title of ['Edited meanwhile', 'Edited again']) {
    await page.getByLabel('Diagram title').fill(title);
    await page.waitForTimeout(600);
  }
}

async function downloaded(page: Page, button: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync(await (await download).path(), 'utf8');
}

test('every edit is saved shortly after it is made, and reopens after a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Diagram title').fill('My payments map');
  await page.getByRole('button', { name: 'Add Cache' }).click();
  await page.keyboard.type('Session cache');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByLabel('Diagram title')).toHaveValue('My payments map');
  await expect(page.getByRole('group', { name: 'cache: Session cache' })).toBeVisible();
});

test('P1: a save from a newer Flowmap is kept and offered after two edits; the older save opens', async ({ page }) => {
  const newest = envelope({ ...diagram('SLOT-A-NEWEST', 3), newField: 'future data' }, 6);
  await seedEarlierSaves(page, { 'flowmap:a': newest, 'flowmap:b': envelope(diagram('SLOT-B-OLDER'), 5), 'flowmap:current': 'a' });
  await expect(page.getByLabel('Diagram title')).toHaveValue('SLOT-B-OLDER');
  await expect(page.getByRole('alert')).toContainText('newer than this Flowmap understands');
  await editTitleTwice(page);
  await page.reload();
  await expect(page.getByLabel('Diagram title')).toHaveValue('Edited again');
  expect(await downloaded(page, 'Download the saved data')).toBe(newest);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('flowmap:') && key !== 'flowmap:history'))).toEqual([]);
});

test('P2: with the pointer to the latest save missing, the newest save opens with a word and the older one stays a version', async ({ page }) => {
  await seedEarlierSaves(page, { 'flowmap:a': envelope(diagram('SLOT-A-NEWEST'), 6), 'flowmap:b': envelope(diagram('SLOT-B-OLDER'), 5), 'flowmap:current': 'c' });
  await expect(page.getByLabel('Diagram title')).toHaveValue('SLOT-A-NEWEST');
  await expect(page.getByRole('status')).toContainText('marker of the latest save was missing');
});

test('P3: every unreadable save is kept as its own incident, each downloads its own data, and they can be discarded', async ({ page }) => {
  await seedEarlierSaves(page, { 'flowmap:recovered': 'OLD-INCIDENT-DATA', 'flowmap:a': 'NEW-INCIDENT-DATA-A', 'flowmap:b': 'NEW-INCIDENT-DATA-B', 'flowmap:current': 'a' });
  await expect(page.getByRole('alert')).toContainText('3 saves could not be opened');
  await editTitleTwice(page);
  await page.reload();
  const data = [];
  for (const i of [1, 2, 3]) data.push(await downloaded(page, `Download kept save ${i}`));
  expect(data.sort()).toEqual(['NEW-INCIDENT-DATA-A', 'NEW-INCIDENT-DATA-B', 'OLD-INCIDENT-DATA']);
  await page.getByRole('button', { name: 'Discard kept saves' }).click();
  await page.getByRole('button', { name: 'Discard for good' }).click();
  await expect(page.getByRole('status')).toContainText('discarded');
  await page.reload();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('P4: two 1.7 M-character unreadable saves: the app starts and keeps both', async ({ page }) => {
  const big = (c: string) => '{"savedAt":"x","doc":{"format":"flowmap","title":"' + c.repeat(1.7 * 1024 * 1024);
  await seedEarlierSaves(page, { 'flowmap:a': big('A'), 'flowmap:b': big('B'), 'flowmap:current': 'a' });
  await expect(page.getByLabel('Diagram title')).toHaveValue('Order events fan-out');
  await expect(page.getByRole('alert')).toContainText('2 saves could not be opened');
  expect((await downloaded(page, 'Download kept save 1')).length).toBe(big('A').length);
});

test('a second tab opens read-only, can take over editing, and the first tab then stops saving with a notice', async ({ page, context }) => {
  await page.goto('/');
  await page.getByLabel('Diagram title').fill('Written in tab one');
  await page.waitForTimeout(600);
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByRole('alert')).toContainText('open for editing in another tab');
  await expect(other.getByLabel('Diagram title')).toHaveValue('Written in tab one');
  await page.getByLabel('Diagram title').fill('Tab one, last words');
  await other.getByRole('button', { name: 'Edit here instead' }).click();
  await expect(page.getByRole('alert')).toContainText('Another tab took over');
  await expect(other.getByLabel('Diagram title')).toHaveValue('Tab one, last words');
  await other.getByLabel('Diagram title').fill('Written in tab two');
  await other.waitForTimeout(600);
  // Tab one is read-only now: its title cannot be typed in, and an edit is refused with the reason.
  await expect(page.getByLabel('Diagram title')).not.toBeEditable();
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status')).toContainText('Another tab is editing this diagram');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await other.reload();
  await expect(other.getByLabel('Diagram title')).toHaveValue('Written in tab two');
});

test('an edit survives the browser being killed one second later', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'flowmap-killed-'));
  const launch = () => chromium.launchPersistentContext(profile, { executablePath: process.env.FLOWMAP_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], baseURL });
  try {
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto('/');
    await page.getByLabel('Diagram title').fill('Saved before the crash');
    await page.waitForTimeout(1000);
    // Only the processes of this test's own profile.
    const pids = execFileSync('pgrep', ['-f', `user-data-dir=${profile}`], { encoding: 'utf8' }).trim().split('\n');
    for (const pid of pids) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // Already gone with its parent.
      }
    }
    await first.close().catch(() => undefined);
    const second = await launch();
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto('/');
    await expect(again.getByLabel('Diagram title')).toHaveValue('Saved before the crash');
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('undo still works after a reload', async ({ page }) => {
  await page.goto('/');
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
