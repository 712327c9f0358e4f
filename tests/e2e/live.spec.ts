import { expect, test, type Browser } from '@playwright/test';
import { expectSaved, importFreshSample, paneEditor, segmentWith } from './support';

const SENTENCE = 'privately criticizing Qods Force commander';

/** Two browser contexts (two people) in one fresh copy of the sample, both connected to its live feed. */
async function twoEditors(browser: Browser) {
  const a = await browser.newContext();
  const b = await browser.newContext();
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  await importFreshSample(pageA);
  await pageB.goto(pageA.url());
  await expect(pageB.getByTestId('live-status')).toHaveAttribute('data-connected', 'true', { timeout: 30_000 });
  await expect(pageA.getByTestId('live-status')).toHaveAttribute('data-connected', 'true', { timeout: 30_000 });
  return { a, b, pageA, pageB, rowA: segmentWith(pageA, SENTENCE), rowB: segmentWith(pageB, SENTENCE) };
}

test('two editors in one document: presence shows where A is, and A’s confirmed text reaches B without a reload', async ({ browser }) => {
  const { a, b, pageA, pageB, rowA, rowB } = await twoEditors(browser);
  const segmentId = await rowA.getAttribute('data-segment-id');

  // A goes into the Farsi pane: B sees A there, in the bar and on the segment
  const fa = await paneEditor(rowA, 'fa');
  await fa.click();
  await expect(rowB.getByTestId('segment-presence')).toBeVisible({ timeout: 20_000 });
  await expect(rowB.getByTestId('segment-presence')).toContainText('Farsi');
  await expect(pageB.getByTestId('present-person').first()).toHaveAttribute('data-segment-id', segmentId!);

  // A types and confirms (Ctrl+Enter): B's pane shows the text and the state, with no reload
  const text = 'فرماندهٔ نیروی قدس را در خفا نقد می‌کنند';
  await pageA.keyboard.type(text);
  await pageA.keyboard.press('Control+Enter');
  await expectSaved(rowA, 'fa');
  let reloaded = false;
  pageB.on('framenavigated', () => (reloaded = true));
  await expect(rowB.locator('[data-lang="fa"]')).toContainText(text, { timeout: 20_000 });
  await expect(rowB.locator('[data-lang="fa"] [data-testid="state"]')).toHaveValue('translated');
  expect(reloaded).toBe(false);

  // the confirmation moved A on: presence follows A to the next segment
  await expect(pageB.getByTestId('present-person').first()).not.toHaveAttribute('data-segment-id', segmentId!, { timeout: 20_000 });

  // B leaves: A sees nobody else
  await b.close();
  await expect(pageA.getByTestId('present-person')).toHaveCount(0, { timeout: 20_000 });
  await a.close();
});

test('a comment with a mention, a reply and resolving it; the history restores an earlier text as a new version', async ({ page }) => {
  await importFreshSample(page);
  const row = segmentWith(page, SENTENCE);
  const ar = await paneEditor(row, 'ar');
  await ar.click();
  await page.keyboard.type('نص أول');
  await expectSaved(row, 'ar');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('نص ثان');
  await expectSaved(row, 'ar');

  await row.getByTestId('comments-toggle-ar').click();
  const panel = row.getByTestId('comments');
  await panel.getByTestId('comment-input').fill('هل «ثان» صحيحة هنا؟ @local');
  await panel.getByRole('button', { name: 'Comment' }).click();
  await expect(panel.getByTestId('comment-thread')).toHaveCount(1);
  await expect(panel.locator('[data-mention="local"]')).toHaveText('@local');
  await expect(row.getByTestId('comments-toggle-ar')).toHaveText('Comments (1)');
  await panel.getByRole('button', { name: 'Reply' }).click();
  await panel.getByTestId('comment-input').first().fill('نعم، لكن راجع الأسلوب.');
  await panel.getByRole('button', { name: 'Reply' }).click();
  await expect(panel.getByTestId('comment')).toHaveCount(2);
  await panel.getByTestId('comment-resolve').click();
  await expect(panel.getByTestId('comment-thread')).toHaveCount(0);
  await expect(row.getByTestId('comments-toggle-ar')).toHaveText('Comments');

  await page.keyboard.press('Escape');
  await row.getByTestId('history-toggle').click();
  const history = page.getByTestId('history');
  const first = history.locator('[data-testid="history-entry"][data-lang="ar"][data-action="save"]').last();
  await expect(first.getByTestId('history-author')).toContainText('Admin');
  await expect(history.locator('[data-testid="history-entry"][data-lang="ar"]').first().getByTestId('history-diff').locator('ins')).toContainText('ثان');
  await first.getByTestId('history-restore').click();
  await expect(history.getByTestId('history-restored')).toBeVisible();
  await expect(history.locator('[data-testid="history-entry"][data-action="restore"]')).toHaveCount(1);
  await history.getByRole('button', { name: 'Close' }).click();
  // the restored text reaches the pane live once it is left alone
  await page.locator('article > header h1').click();
  await expect(row.locator('[data-lang="ar"] .pane-text, [data-lang="ar"]').first()).toContainText('نص أول', { timeout: 20_000 });
});

test('typing while someone else saves: the pane is not replaced under the cursor, and the conflict shows base, theirs and mine', async ({ browser }) => {
  const { a, b, pageA, pageB, rowA, rowB } = await twoEditors(browser);
  await (await paneEditor(rowA, 'ar')).click();
  await pageA.keyboard.type('نص البداية');
  await expectSaved(rowA, 'ar');
  await expect(rowB.locator('[data-lang="ar"]')).toContainText('نص البداية', { timeout: 20_000 });

  // B goes into the pane; A rewrites it meanwhile: B's pane keeps what B sees
  await (await paneEditor(rowB, 'ar')).click();
  await pageB.keyboard.press('End');
  await pageA.keyboard.press('Control+a');
  await pageA.keyboard.type('نص جديد من الأول');
  await expectSaved(rowA, 'ar');
  await pageB.waitForTimeout(1500);
  await expect(rowB.locator('[data-lang="ar"] .ProseMirror')).toHaveText('نص البداية');

  // B types: the save meets the conflict, with the three texts and nothing of B's lost
  await pageB.keyboard.type(' والثاني');
  const conflict = rowB.getByTestId('conflict');
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  const three = rowB.getByTestId('three-way');
  await expect(three.getByTestId('three-way-base')).toHaveText('نص البداية');
  await expect(three.getByTestId('three-way-theirs').locator('ins')).toContainText('جديد من الأول');
  await expect(three.getByTestId('three-way-mine').locator('ins')).toContainText('والثاني');
  await expect(conflict.getByTestId('conflict-mine')).toHaveText('نص البداية والثاني');
  await a.close();
  await b.close();
});

test('comments on a glossary concept', async ({ page }) => {
  const { hits } = (await (await page.request.get('/api/glossary?limit=1')).json()) as { hits: { id: string }[] };
  await page.goto(`/fa/glossary/${encodeURIComponent(hits[0]!.id)}`);
  const panel = page.getByTestId('comments');
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await panel.getByTestId('comment-input').fill('آیا «آتش‌بس» معادل بهتری است؟');
  await panel.getByRole('button', { name: 'بفرست' }).click();
  await expect(panel.getByTestId('comment-thread')).toHaveCount(1);
  await expect(panel.getByTestId('comment')).toContainText('آتش‌بس');
  await page.reload();
  await expect(page.getByTestId('comments').getByTestId('comment-thread')).toHaveCount(1);
});
