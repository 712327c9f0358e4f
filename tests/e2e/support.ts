import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { storageStatePath, type E2eRole } from './users';

/** Our own sample analysis (samples/), which a new install imports on its first start. */
export const SAMPLE_TITLE = "Militia Channels Split Over Tehran's Call for Restraint";

/** Opens the sample analysis from the documents list in the given UI locale. */
export async function openSample(page: Page, locale: 'en' | 'ar' | 'fa' = 'en'): Promise<void> {
  await page.goto(`/${locale}`);
  await page.getByRole('link', { name: SAMPLE_TITLE }).first().click();
  // the editor page renders every row of the sample on the server: slow when the machine is busy
  await expect(page.locator('article > header h1')).toHaveText(SAMPLE_TITLE, { timeout: 30_000 });
}

/** The row of the segment whose source contains `text`. */
export function segmentWith(page: Page, text: string): Locator {
  return page.getByTestId('segment').filter({ hasText: text }).first();
}

/**
 * A segment row brought near the viewport and live (its panes are editors, its term strip shown):
 * rows far from the screen are static HTML until then.
 */
export async function liveRow(page: Page, text: string): Promise<Locator> {
  const row = segmentWith(page, text);
  // the page may still be settling (rows streamed in, an editor mounting): scroll again until it holds
  await expect(async () => {
    await row.scrollIntoViewIfNeeded({ timeout: 5_000 });
    await expect(row).toHaveAttribute('data-live', 'true', { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  return row;
}

/** The editable area of one language in a segment row (mounts the editor on click). */
export async function paneEditor(row: Locator, lang: 'en' | 'ar' | 'fa'): Promise<Locator> {
  const cell = row.locator(`[data-lang="${lang}"]`);
  const editor = cell.locator('.ProseMirror');
  // a row turns from static HTML into editors when it nears the viewport: a step may meet the
  // element being replaced, so the steps are retried until the editor stands
  await expect(async () => {
    await cell.scrollIntoViewIfNeeded({ timeout: 5_000 });
    if (!(await editor.isVisible())) await cell.getByRole('textbox').click({ timeout: 5_000 });
    await expect(editor).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  return editor;
}

/** Waits until a pane reports its text saved. */
export async function expectSaved(row: Locator, lang: 'en' | 'ar' | 'fa'): Promise<void> {
  await expect(row.locator(`[data-lang="${lang}"] [data-testid="save-status"]`)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
}

/** Imports a fresh copy of the sample analysis through the upload form (for tests that need pristine targets and quotes). */
export async function importFreshSample(page: Page): Promise<void> {
  const { join } = await import('node:path');
  await page.goto('/en');
  await page.getByLabel('File').setInputFiles(join(process.cwd(), 'samples', 'sample-analysis.md'));
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.locator('article > header h1')).toHaveText(SAMPLE_TITLE);
}

/** A browser context signed in as the test account of `role` (a second user, or a role other than the admin). */
export async function signedInContext(browser: Browser, role: E2eRole): Promise<BrowserContext> {
  return browser.newContext({ storageState: storageStatePath(role) });
}

/** A browser context with no session. */
export async function signedOutContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ storageState: { cookies: [], origins: [] } });
}

/**
 * Imports a small Markdown document of a test's own through the upload form and opens it (a title no
 * other test looks for, so tests that open "the sample" are not led to it).
 */
export async function importOwnDocument(page: Page, title: string, body: string): Promise<void> {
  await page.goto('/en');
  await page.getByLabel('File').setInputFiles({ name: 'test-document.md', mimeType: 'text/markdown', buffer: Buffer.from(`# ${title}\n\n${body}\n`, 'utf8') });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.locator('article > header h1')).toHaveText(title, { timeout: 30_000 });
}

/** Selects `word` (its first occurrence) in an editor as a user would with the mouse: a DOM range over it, which ProseMirror adopts. */
export async function selectWord(editor: Locator, word: string): Promise<void> {
  await editor.evaluate((root, w) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(w);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
  }, word);
  await expect.poll(() => editor.evaluate(() => window.getSelection()?.toString())).toBe(word);
}
