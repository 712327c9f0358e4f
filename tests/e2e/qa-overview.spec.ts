import { expect, test } from '@playwright/test';
import { importOwnDocument } from './support';

test('QA of all languages: filter by language, severity and check, then accept three findings with one reason', async ({ page }) => {
  test.setTimeout(180_000);
  const paragraphs = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of the QA test, about the drone strike near al-Qaim.`).join('\n\n');
  await importOwnDocument(page, 'QA overview: a test document', paragraphs);
  await page.getByTestId('qa-all-link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'QA of all translations', exact: true })).toBeVisible();
  // both target languages are listed before any filter
  await expect(page.locator('[data-testid="qa-item"][data-lang="ar"]').first()).toBeVisible();
  await expect(page.locator('[data-testid="qa-item"][data-lang="fa"]').first()).toBeVisible();

  await page.getByTestId('qa-filter-lang').selectOption('fa');
  await page.getByTestId('qa-filter-severity').selectOption('error');
  await page.getByTestId('qa-filter-check').selectOption('untranslated');
  await page.getByTestId('qa-filter-state').selectOption('open');
  await page.getByTestId('qa-filter-apply').click();
  await expect(page).toHaveURL(/check=untranslated/u);
  const items = page.getByTestId('qa-item');
  await expect(page.locator('[data-testid="qa-item"]:not([data-lang="fa"])')).toHaveCount(0);
  await expect(page.locator('[data-testid="qa-item"]:not([data-check-id="untranslated"])')).toHaveCount(0);
  const before = Number(await page.locator('[data-testid="qa-count"][data-check-id="untranslated"]').getAttribute('data-open'));
  expect(before).toBeGreaterThan(3);
  await expect(items).toHaveCount(before);

  for (let i = 0; i < 3; i++) await items.nth(i).getByTestId('qa-select').check();
  const accept = page.getByTestId('qa-batch-accept');
  await expect(accept).toHaveAttribute('data-selected', '3');
  await expect(accept).toHaveText('Accept 3 findings');
  // no reason: refused, nothing accepted
  await accept.click();
  await expect(page.getByTestId('qa-batch-error')).toHaveAttribute('data-code', 'qa-reason-required');
  await page.getByTestId('qa-batch-reason').fill('Left untranslated on purpose in this edition');
  await accept.click();
  await expect(page.getByTestId('qa-batch-done')).toHaveAttribute('data-accepted', '3', { timeout: 20_000 });
  await expect(page.locator('[data-testid="qa-count"][data-check-id="untranslated"]')).toHaveAttribute('data-open', String(before - 3));
  await expect(page.locator('[data-testid="qa-count"][data-check-id="untranslated"]')).toHaveAttribute('data-accepted', '3');
  await expect(items).toHaveCount(before - 3);

  // the accepted ones, with the reason, under state "accepted"
  await page.getByTestId('qa-filter-state').selectOption('accepted');
  await page.getByTestId('qa-filter-apply').click();
  await expect(items).toHaveCount(3);
  await expect(items.first().getByTestId('qa-accepted')).toContainText('Left untranslated on purpose in this edition');
  // the Arabic findings are untouched
  await page.getByTestId('qa-filter-lang').selectOption('ar');
  await page.getByTestId('qa-filter-apply').click();
  await expect(items).toHaveCount(0);
});
