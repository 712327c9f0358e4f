import { expect, test } from '@playwright/test';
import { SAMPLE_TITLE } from './support';

test('searching the glossary in Arabic with a clitic finds the concept; Farsi and English too', async ({ page }) => {
  await page.goto('/ar/glossary');
  const form = page.getByTestId('glossary-search-form');
  await form.getByRole('searchbox').or(form.getByRole('textbox').first()).first().fill('بالمقاومة');
  await form.getByRole('button').last().click();
  await expect(page.getByTestId('glossary-hit').first()).toHaveAttribute('data-concept-id', 'c-muqawama');
  await page.goto(`/en/glossary?q=${encodeURIComponent('Quds')}`);
  await expect(page.getByTestId('glossary-hit').first()).toHaveAttribute('data-concept-id', 'c-qods-force');
  await page.goto(`/fa/glossary?q=${encodeURIComponent('حزب الله')}`);
  await expect(page.getByTestId('glossary-hit').filter({ has: page.locator('[data-concept-id="c-kataib-hezbollah"]') }).or(page.locator('[data-testid="glossary-hit"][data-concept-id="c-kataib-hezbollah"]')).first()).toBeVisible();
});

test('editing a concept keeps a history, with Arabic and Farsi fields right-to-left', async ({ page }) => {
  await page.goto('/en/glossary/c-muqawama');
  // the form saves through React: wait until the page is hydrated before typing into it
  await page.waitForLoadState('networkidle');
  const form = page.getByTestId('concept-form');
  const arField = form.getByTestId('term-text-ar').first();
  await expect(arField).toHaveAttribute('dir', 'rtl');
  await expect(form.getByTestId('term-text-fa').first()).toHaveAttribute('dir', 'rtl');
  await form.getByLabel('Definition (English)').fill('Resistance: the self-description of the Iran-aligned armed groups in Iraq.');
  await page.getByTestId('concept-save').click();
  await expect(page.getByTestId('concept-saved')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('concept-form').getByLabel('Definition (English)')).toHaveValue('Resistance: the self-description of the Iran-aligned armed groups in Iraq.');
  await expect(page.getByTestId('history-row').first()).toBeVisible();
  await expect(page.getByTestId('concept-occurrences')).toContainText(SAMPLE_TITLE);
});
