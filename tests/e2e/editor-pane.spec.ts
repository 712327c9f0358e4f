import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectSaved, importOwnDocument, paneEditor, SAMPLE_TITLE, segmentWith, signedInContext } from './support';
import { E2E_USERS } from './users';

// Each test works on its own fresh copy of the sample analysis (pristine targets), under a title of its
// own so that the tests which look for the sample by its title still find only the one they expect.
const TITLE = 'Militia Channels and a Call for Restraint (pane tools)';
async function importFreshSample(page: Page): Promise<void> {
  const md = readFileSync(join(process.cwd(), 'samples', 'sample-analysis.md'), 'utf8').replace(SAMPLE_TITLE, TITLE);
  await page.goto('/en');
  await page.getByLabel('File').setInputFiles({ name: 'pane-tools.md', mimeType: 'text/markdown', buffer: Buffer.from(md) });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.locator('article > header h1')).toHaveText(TITLE, { timeout: 30_000 });
}

test('Keep my text after typing during a conflict saves the whole pane, and a reload shows it', async ({ browser }: { browser: Browser }) => {
  // A is a translator, B the admin: the conflict names the translator
  const a = await signedInContext(browser, 'translator');
  const b = await browser.newContext();
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  await importFreshSample(pageB);
  await pageA.goto(pageB.url());
  const ROW = 'the Qods Force had asked the factions';
  const rowA = segmentWith(pageA, ROW);
  const rowB = segmentWith(pageB, ROW);
  // B is already in the pane when A's save lands, so the live update waits instead of replacing it under B's cursor
  await (await paneEditor(rowB, 'ar')).click();
  await (await paneEditor(rowA, 'ar')).click();
  await pageA.keyboard.type('طلب فيلق القدس');
  await expectSaved(rowA, 'ar');
  await pageB.keyboard.type('طلب فيلق القدس من الفصائل');
  const conflict = rowB.getByTestId('conflict');
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  // the author of the stored text is named, and the two texts are compared word by word
  await expect(conflict).toContainText(E2E_USERS.translator.name);
  await expect(conflict).not.toContainText('local saved');
  await expect(conflict.locator('[data-diff="mine"]')).toHaveText(' من الفصائل');
  // B keeps typing while the dialog is open: the dialog follows the pane
  await (await paneEditor(rowB, 'ar')).press('End');
  await pageB.keyboard.type(' أن تمسك نيرانها');
  await expect(conflict.getByTestId('conflict-mine')).toHaveText('طلب فيلق القدس من الفصائل أن تمسك نيرانها');
  await expect(conflict.locator('[data-diff="mine"]')).toHaveText(' من الفصائل أن تمسك نيرانها');
  await conflict.getByRole('button', { name: 'Keep my text' }).click();
  await expect(conflict).toBeHidden();
  await expectSaved(rowB, 'ar');
  // what the server holds is what the pane showed: all of it, the words typed during the conflict too
  await pageB.reload();
  await expect(segmentWith(pageB, ROW).locator('[data-lang="ar"] [role="textbox"]').first()).toHaveText('طلب فيلق القدس من الفصائل أن تمسك نيرانها');
  await pageA.reload();
  await expect(segmentWith(pageA, ROW).locator('[data-lang="ar"] [role="textbox"]').first()).toHaveText('طلب فيلق القدس من الفصائل أن تمسك نيرانها');
  await a.close();
  await b.close();
});

test('typing makes a draft; Ctrl+Enter confirms it, moves on, and the progress bar moves without a reload', async ({ page }) => {
  await importFreshSample(page);
  const progress = page.getByTestId('progress-ar');
  const before = Number((await progress.getByRole('progressbar').getAttribute('aria-valuenow')) ?? 'NaN');
  const row = segmentWith(page, 'Channels close to Kataib Hezbollah');
  await (await paneEditor(row, 'ar')).click();
  await page.keyboard.type('تجادلت قنوات قريبة من كتائب حزب الله');
  await expectSaved(row, 'ar');
  const state = row.locator('[data-lang="ar"] [data-testid="state"]');
  await expect(state).toHaveAttribute('data-shown', 'draft');
  await expect(state.locator('option:checked')).toHaveText('Draft');
  // a draft is not counted
  await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(before));
  // word and character counts of the segment, Arabic words whole
  await expect(row.locator('[data-lang="ar"] [data-testid="counts"]')).toHaveText('7 words · 36 characters');
  await page.keyboard.press('Control+Enter');
  await expect(state).toHaveAttribute('data-shown', 'translated');
  await expect(state.locator('option:checked')).toHaveText('Confirmed');
  await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(before + 1));
  await expect(progress).toContainText(`${before + 1} of`);
  // the caret went on to the next unconfirmed segment's Arabic pane
  const next = segmentWith(page, 'The argument began after a drone struck');
  await expect(next.locator('[data-lang="ar"] .ProseMirror')).toBeFocused();
  // changing a confirmed text makes it a draft again, and the bar goes back
  await (await paneEditor(row, 'ar')).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' علنًا');
  await expectSaved(row, 'ar');
  await expect(state).toHaveAttribute('data-shown', 'draft');
  await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(before));
});

test('Ctrl+Shift+S copies the source into the target with its link, and it is saved', async ({ page }) => {
  await importFreshSample(page);
  const row = segmentWith(page, 'The argument began after a drone struck');
  await (await paneEditor(row, 'fa')).click();
  await page.keyboard.press('Control+Shift+S');
  const fa = row.locator('[data-lang="fa"] .ProseMirror');
  await expect(fa).toContainText('The argument began after a drone struck a depot of the Popular Mobilization Forces');
  await expect(fa.locator('a[href$="/popular-mobilization-forces"]')).toHaveText('Popular Mobilization Forces');
  await expectSaved(row, 'fa');
  // then cleared with Ctrl+Shift+Backspace, and typed in Farsi: ZWNJ joins a word
  await page.keyboard.press('Control+Shift+Backspace');
  await expect(fa).toHaveText('');
  await page.keyboard.type('بحث پس از حملهٔ پهپادی آغاز شد که می‌گویند');
  await expect(row.locator('[data-lang="fa"] [data-testid="counts"]')).toHaveText('9 words · 40 characters');
  await expectSaved(row, 'fa');
  await page.reload();
  await expect(segmentWith(page, 'The argument began after a drone struck').locator('[data-lang="fa"] [role="textbox"]').first()).toHaveText('بحث پس از حملهٔ پهپادی آغاز شد که می‌گویند');
});

test('in /en the placeholder of a right-to-left pane starts on the right and keeps its ellipsis at its end', async ({ page }) => {
  await importFreshSample(page);
  const row = segmentWith(page, 'Channels close to Kataib Hezbollah');
  for (const mounted of [false, true]) {
    if (mounted) await paneEditor(row, 'ar');
    // rows off screen skip their layout (content-visibility): measured on screen
    else await row.scrollIntoViewIfNeeded();
    const cell = row.locator('[data-lang="ar"]');
    const placeholder = cell.getByTestId('placeholder');
    await expect(placeholder).toHaveText('Type the Arabic translation…');
    const geometry = await placeholder.evaluate((p) => {
      const text = p.querySelector('bdi')!.firstChild as Text;
      const rect = (from: number, to: number) => {
        const r = document.createRange();
        r.setStart(text, from);
        r.setEnd(text, to);
        return r.getBoundingClientRect();
      };
      const n = text.data.length;
      const pane = p.parentElement!.getBoundingClientRect();
      return { first: rect(0, 1).left, ellipsis: rect(n - 1, n).left, right: rect(0, n).right, paneRight: pane.right };
    });
    // "T" at the left of "…" (the English reads left to right), the run against the pane's right edge
    expect(geometry.ellipsis).toBeGreaterThan(geometry.first);
    expect(geometry.paneRight - geometry.right).toBeLessThan(20);
  }
});

test('the keyboard-shortcut sheet opens on ? in the UI language, and Ctrl+/ opens it from a pane', async ({ page }) => {
  await importFreshSample(page);
  await page.goto(page.url().replace('/en/', '/ar/'));
  await page.locator('article > header h1').click();
  await page.keyboard.press('?');
  const sheet = page.getByTestId('shortcut-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading')).toHaveText('اختصارات لوحة المفاتيح');
  await expect(sheet).toContainText('نسخ النص المصدر إلى الترجمة');
  await expect(sheet).toContainText('Ctrl+Shift+S');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  // inside a pane ? is a character; Ctrl+/ opens the sheet
  const row = segmentWith(page, 'Channels close to Kataib Hezbollah');
  await (await paneEditor(row, 'ar')).click();
  await page.keyboard.type('؟');
  await expect(sheet).toBeHidden();
  await page.keyboard.press('Control+/');
  await expect(sheet).toBeVisible();
});

test('the document’s word counts come with the page, in Farsi with Persian digits, and move after a save', async ({ page }) => {
  await importOwnDocument(page, 'Counting words (document line)', 'Channels close to Kataib Hezbollah argued in public.\n\nThe argument began after a drone struck a depot.');
  const url = page.url().replace('/en/', '/fa/');
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  // the line as the server wrote it: Persian digits for Farsi's UI
  const html = await (await page.request.get(url)).text();
  const served = /data-testid="document-counts".*?<span data-lang="ar"[^>]*>([^<]*)<\/span>/su.exec(html)?.[1] ?? '';
  expect(served).toMatch(/^عربی: ۰ واژه، ۰ نویسه$/u);
  const source = /data-testid="document-counts".*?<span data-lang="en"[^>]*>([^<]*)<\/span>/su.exec(html)?.[1] ?? '';
  // the heading and two paragraphs: 4 + 8 + 9 words; 30 + 52 + 48 characters (spaces included)
  expect(source).toBe('انگلیسی: ۲۱ واژه، ۱۳۰ نویسه');
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('tarjuman:hydrated').length > 0, null, { timeout: 30_000 });
  const line = page.getByTestId('document-counts').locator('[data-lang="ar"]');
  await expect(line).toHaveText(served);
  // three Arabic words typed and saved: the line counts them, written on the client the same way
  const row = segmentWith(page, 'Channels close to Kataib Hezbollah');
  await (await paneEditor(row, 'ar')).click();
  await page.keyboard.type('قنوات كتائب حزب‌الله');
  await expectSaved(row, 'ar');
  await expect(line).toHaveText('عربی: ۳ واژه، ۱۹ نویسه');
  expect(errors.filter((e) => /hydrat|did not match/iu.test(e))).toEqual([]);
});
