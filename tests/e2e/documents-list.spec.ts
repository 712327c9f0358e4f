import { expect, test } from '@playwright/test';
import { SAMPLE_TITLE } from './support';

test('the documents list shows, per target language, segments and source words by state', async ({ page }) => {
  await page.goto('/en');
  // the copy seeded on the first start is the oldest in the list
  const table = page.getByTestId('document-item').filter({ hasText: SAMPLE_TITLE }).last().getByTestId('state-counts');
  await expect(table).toBeVisible();
  const initialAr = table.locator('tr[data-state="initial"] td[data-lang="ar"]');
  await expect(initialAr).toHaveAttribute('data-segments', /^[1-9]\d*$/u);
  expect(Number(await initialAr.getAttribute('data-words'))).toBeGreaterThan(Number(await initialAr.getAttribute('data-segments')));
  await expect(table.locator('tr[data-state="initial"] th')).toHaveText('Not started');
  await expect(initialAr).toContainText('words');
  await page.goto('/fa');
  const fa = page.getByTestId('document-item').filter({ hasText: SAMPLE_TITLE }).last().getByTestId('state-counts');
  await expect(fa.locator('tr[data-state="initial"] th')).toHaveText('آغازنشده');
  await expect(fa.locator('tr[data-state="initial"] td[data-lang="fa"]')).toContainText('واژه');
});
