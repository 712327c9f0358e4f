import { expect, test } from '@playwright/test';

test('a definition or note change is in the concept history, with the old and the new text', async ({ page }) => {
  await page.goto('/en/glossary/c-qods-force');
  // the form saves through React: wait until the page is hydrated before typing into it
  await page.waitForLoadState('networkidle');
  const form = page.getByTestId('concept-form');
  await form.getByLabel('Note (Arabic)').fill('يُكتب «فيلق القدس» دائمًا بأل التعريف.');
  await page.getByTestId('concept-save').click();
  await expect(page.getByTestId('concept-saved')).toBeVisible();
  await page.reload();
  const latest = page.getByTestId('history-row').first();
  await expect(latest).toHaveAttribute('data-action', 'update');
  const note = latest.locator('[data-testid="history-change"][data-kind="note"][data-lang="ar"]');
  await expect(note).toContainText('Note (Arabic):');
  await expect(note.getByTestId('history-after')).toHaveText(/يُكتب «فيلق القدس» دائمًا بأل التعريف\./u);
  await expect(note.getByTestId('history-after')).toHaveAttribute('dir', 'rtl');
});

test('the unfiltered glossary list labels no concept as a match; a search does', async ({ page }) => {
  await page.goto('/en/glossary');
  await expect(page.getByTestId('glossary-hit').first()).toBeVisible();
  await expect(page.getByTestId('hit-rank')).toHaveCount(0);
  await expect(page.getByTestId('glossary-hit-list')).not.toContainText('Exact match');
  await page.goto('/en/glossary?q=Qods%20Force');
  await expect(page.getByTestId('hit-rank').first()).toHaveText('Exact match');
});

test('Farsi glossary search: حزبالله typed without ZWNJ finds the concept written حزب‌الله', async ({ page }) => {
  await page.goto(`/fa/glossary?q=${encodeURIComponent('کتائب حزبالله')}&lang=fa`);
  await expect(page.locator('[data-testid="glossary-hit"][data-concept-id="c-kataib-hezbollah"]')).toBeVisible();
});

test('/favicon.ico is served', async ({ request }) => {
  const r = await request.get('/favicon.ico');
  expect(r.status()).toBe(200);
  expect(r.headers()['content-type']).toMatch(/icon/u);
});
