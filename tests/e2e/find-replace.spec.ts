import { expect, test } from '@playwright/test';
import { expectSaved, importOwnDocument, paneEditor, segmentWith } from './support';

// The sample's first quote, with its Arabic original (والمقاومة behind the conjunction و).
const QUOTE_EN = 'Those who ask us for patience';
const ORIGINAL = 'الذين يطالبوننا بالصبر لم يدفنوا شهيدًا هذا الأسبوع، والمقاومة لا تأخذ أوامرها من أي سفارة';
const TYPED = 'دعوات إلى الصبر والمقاومة معًا';

test('find and replace in Arabic: مقاومة finds والمقاومة, replace-all changes it and leaves the locked original', async ({ page }) => {
  test.setTimeout(240_000);
  // a document of its own (two paragraphs of the sample): other tests type into the sample's Arabic panes
  await importOwnDocument(
    page,
    'Replace test: the resistance and its originals',
    'The first public answer came from Sada al-Jabha. On March 5 it posted in Arabic: “Those who ask us for patience have not buried a martyr this week, and the resistance takes its orders from no embassy” (Figure 1).\n\nSome KH commanders are privately criticizing Qods Force commander Esmail Qaani for passing on Tehran\'s caution.',
  );
  const docUrl = page.url();
  const row = segmentWith(page, 'Qods Force commander Esmail Qaani');
  const ar = await paneEditor(row, 'ar');
  await ar.click();
  await page.keyboard.type(TYPED);
  await expectSaved(row, 'ar');

  // the quote's original written into the Arabic translation: locked original wording
  await page.getByRole('link', { name: 'Quotes and originals' }).click();
  const item = page.getByTestId('quote-item').filter({ hasText: QUOTE_EN });
  await item.getByRole('button').first().click();
  const detail = page.getByTestId('quote-detail');
  await detail.getByRole('radio', { name: 'Arabic' }).check();
  await detail.getByTestId('original-text').fill(ORIGINAL);
  await detail.getByTestId('save-quote').click();
  await expect(detail.getByTestId('quote-status')).toHaveText('Saved.');
  await detail.getByTestId('apply-original').click();
  await expect(detail.getByTestId('quote-status')).toContainText('written into the Arabic translation');

  await page.goto(docUrl);
  await page.getByTestId('replace-link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Find and replace', exact: true })).toBeVisible();
  await page.getByTestId('find-lang-ar').check();
  await page.getByTestId('find-query').fill('مقاومة');
  await page.getByTestId('find-replacement').fill('نضال');
  await page.getByTestId('find-submit').click();
  const results = page.getByTestId('find-results');
  await expect(results).toHaveAttribute('data-hits', '2', { timeout: 20_000 });
  await expect(results).toHaveAttribute('data-skipped', '1');
  await expect(page.locator('[data-testid="find-hit"][data-skip=""]')).toHaveText('والمقاومة');
  await expect(page.locator('[data-testid="find-hit"][data-skip=""] [data-testid="find-match"]')).toHaveText('مقاومة');
  await expect(page.locator('[data-testid="find-hit"][data-skip="locked"]')).toHaveText('والمقاومة');

  await page.getByTestId('replace-all').click();
  const outcome = page.getByTestId('replace-outcome');
  await expect(outcome).toHaveAttribute('data-replaced', '1', { timeout: 20_000 });
  await expect(outcome.locator('[data-reason="locked"]')).toHaveCount(1);
  // the search runs again: only the locked original is left
  await expect(results).toHaveAttribute('data-hits', '1');
  await expect(page.locator('[data-testid="find-hit"]')).toHaveAttribute('data-skip', 'locked');

  // the editor shows the replaced word, the original unchanged
  await page.goto(docUrl);
  await expect(segmentWith(page, 'Qods Force commander Esmail Qaani').locator('[data-lang="ar"]')).toContainText('دعوات إلى الصبر والنضال معًا');
  await expect(segmentWith(page, QUOTE_EN).locator('[data-lang="ar"]')).toContainText(ORIGINAL);
});
