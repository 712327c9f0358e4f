import { expect, test } from '@playwright/test';
import { expectSaved, importFreshSample, paneEditor, segmentWith } from './support';

const SENTENCE = 'privately criticizing Qods Force commander';

test('two editors in one document: presence shows where A is, and A’s confirmed text reaches B without a reload', async ({ browser }) => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  await importFreshSample(pageA);
  await pageB.goto(pageA.url());
  await expect(pageB.getByTestId('live-status')).toHaveAttribute('data-connected', 'true', { timeout: 30_000 });
  await expect(pageA.getByTestId('live-status')).toHaveAttribute('data-connected', 'true', { timeout: 30_000 });
  const rowA = segmentWith(pageA, SENTENCE);
  const rowB = segmentWith(pageB, SENTENCE);
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
  await expect(first.getByTestId('history-author')).toContainText('Local user');
  await expect(history.locator('[data-testid="history-entry"][data-lang="ar"]').first().getByTestId('history-diff').locator('ins')).toContainText('ثان');
  await first.getByTestId('history-restore').click();
  await expect(history.getByTestId('history-restored')).toBeVisible();
  await expect(history.locator('[data-testid="history-entry"][data-action="restore"]')).toHaveCount(1);
  await history.getByRole('button', { name: 'Close' }).click();
  // the restored text reaches the pane live once it is left alone
  await page.locator('article > header h1').click();
  await expect(row.locator('[data-lang="ar"] .pane-text, [data-lang="ar"]').first()).toContainText('نص أول', { timeout: 20_000 });
});
