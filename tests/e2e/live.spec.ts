import { expect, test, type Browser } from '@playwright/test';
import { expectSaved, importFreshSample, paneEditor, segmentWith, signedInContext } from './support';
import { E2E_USERS } from './users';

const SENTENCE = 'privately criticizing Qods Force commander';

/**
 * Two people in one fresh copy of the sample, both connected to its live feed: A a translator, B an
 * editor (who imports it: translators may not).
 */
async function twoEditors(browser: Browser) {
  const a = await signedInContext(browser, 'translator');
  const b = await signedInContext(browser, 'editor');
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  await importFreshSample(pageB);
  await pageA.goto(pageB.url());
  await expect(pageB.getByTestId('live-status')).toHaveAttribute('data-connected', 'true', { timeout: 30_000 });
  await expect(pageA.getByTestId('live-status')).toHaveAttribute('data-connected', 'true', { timeout: 30_000 });
  return { a, b, pageA, pageB, rowA: segmentWith(pageA, SENTENCE), rowB: segmentWith(pageB, SENTENCE) };
}

test('a translator and an editor in one document: presence shows where the translator is, and the confirmed text reaches the editor without a reload', async ({ browser }) => {
  // two people, a confirmation, a comment and a departure: long on a busy machine
  test.setTimeout(150_000);
  const { a, b, pageA, pageB, rowA, rowB } = await twoEditors(browser);
  const segmentId = await rowA.getAttribute('data-segment-id');

  // A goes into the Farsi pane: B sees A there, in the bar and on the segment
  const fa = await paneEditor(rowA, 'fa');
  await fa.click();
  await expect(rowB.getByTestId('segment-presence')).toBeVisible({ timeout: 20_000 });
  await expect(rowB.getByTestId('segment-presence')).toContainText('Farsi');
  await expect(pageB.getByTestId('present-person').first()).toHaveAttribute('data-segment-id', segmentId!);
  await expect(pageB.getByTestId('present-person').first()).toContainText(E2E_USERS.translator.name);
  await expect(rowB.getByTestId('segment-presence')).toContainText(E2E_USERS.translator.name);

  // A types and confirms (Ctrl+Enter): B's pane shows the text and the state, with no reload
  const text = 'فرماندهٔ نیروی قدس را در خفا نقد می‌کنند';
  await pageA.keyboard.type(text);
  await pageA.keyboard.press('Control+Enter');
  await expectSaved(rowA, 'fa');
  // a mark on B's window survives anything but a reload
  await pageB.evaluate(() => ((window as unknown as { liveMark: number }).liveMark = 1));
  const reloaded = async () => (await pageB.evaluate(() => (window as unknown as { liveMark?: number }).liveMark)) !== 1;
  await expect(rowB.locator('[data-lang="fa"]')).toContainText(text, { timeout: 20_000 });
  // confirmed: the pane's state (its select once live, its label while static) follows too
  await expect(rowB.locator('[data-lang="fa"] [data-shown]')).toHaveAttribute('data-shown', 'translated');
  expect(await reloaded()).toBe(false);

  // the confirmation moved A on: presence follows A to the next segment
  await expect(pageB.getByTestId('present-person').first()).not.toHaveAttribute('data-segment-id', segmentId!, { timeout: 20_000 });

  // A comments on the Arabic pane: B's count follows without a reload, and B's open panel shows it
  // (a row's comments come with its live panes, near the screen)
  await rowB.scrollIntoViewIfNeeded();
  await rowA.scrollIntoViewIfNeeded();
  await rowB.getByTestId('comments-toggle-ar').click();
  await expect(rowB.getByTestId('comments')).toContainText('No comments yet.');
  await rowA.getByTestId('comments-toggle-ar').click();
  await rowA.getByTestId('comments').getByTestId('comment-input').fill('من يراجع هذه الجملة؟');
  await rowA.getByTestId('comments').getByRole('button', { name: 'Comment' }).click();
  await expect(rowB.getByTestId('comments-toggle-ar')).toHaveText('Comments (1)', { timeout: 20_000 });
  await expect(rowB.getByTestId('comments').getByTestId('comment')).toContainText('من يراجع هذه الجملة؟');
  expect(await reloaded()).toBe(false);

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
  await panel.getByTestId('comment-input').fill('هل «ثان» صحيحة هنا؟ @admin');
  await panel.getByRole('button', { name: 'Comment' }).click();
  await expect(panel.getByTestId('comment-thread')).toHaveCount(1);
  await expect(panel.locator('[data-mention]')).toHaveText('@admin');
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
  await expect(first.getByTestId('history-author')).toContainText(E2E_USERS.admin.name);
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

test('a merge by one editor reaches the other’s rows without a reload', async ({ browser }) => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  await pageA.goto('/en');
  await pageA.getByLabel('Or paste the text').fill('# Live layout\n\nThe message included video of one of his past speeches, in a way\n\nthat my death satisfies America and Israel.\n');
  await pageA.getByRole('button', { name: 'Import' }).click();
  await expect(pageA.locator('article > header h1')).toHaveText('Live layout');
  await pageB.goto(pageA.url());
  await expect(pageB.getByTestId('live-status')).toHaveAttribute('data-connected', 'true', { timeout: 30_000 });
  await expect(pageB.getByTestId('segment')).toHaveCount(3);
  // a mark on B's window survives anything but a reload
  await pageB.evaluate(() => ((window as unknown as { liveMark: number }).liveMark = 1));
  const reloaded = async () => (await pageB.evaluate(() => (window as unknown as { liveMark?: number }).liveMark)) !== 1;
  await pageA.getByTestId('segment').nth(1).getByRole('button', { name: 'Merge with next' }).click();
  await expect(pageA.getByTestId('segment')).toHaveCount(2);
  await expect(pageB.getByTestId('segment')).toHaveCount(2, { timeout: 20_000 });
  await expect(pageB.getByTestId('segment').nth(1).locator('[data-lang="en"]')).toContainText('in a way that my death satisfies America and Israel.');
  expect(await reloaded()).toBe(false);
  await a.close();
  await b.close();
});
