import { expect, test } from '@playwright/test';
import { expectSaved, liveRow, openSample, paneEditor, segmentWith, selectWord } from './support';

test('hovering a source term opens its card; one click inserts the house rendering as a confirmed term', async ({ page }) => {
  await openSample(page, 'en');
  const row = segmentWith(page, 'quarrel between the Iraqi');
  const en = await paneEditor(row, 'en');
  const term = en.locator('.term-match', { hasText: 'muqawama' }).first();
  await expect(term).toHaveAttribute('data-concept-id', 'c-muqawama');
  await term.hover();
  const card = page.getByTestId('term-card');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('term-card-ar')).toHaveText('مقاومة');
  await expect(card.getByTestId('term-card-fa')).toHaveText('مقاومت');
  await card.getByRole('button', { name: /مقاومة/ }).click();
  const ar = row.locator('[data-lang="ar"] .ProseMirror');
  await expect(ar.locator('span.glossary-term[data-concept-id="c-muqawama"]')).toHaveText('مقاومة');
  await expectSaved(row, 'ar');
  await page.reload();
  const again = segmentWith(page, 'quarrel between the Iraqi');
  await expect(again.locator('[data-lang="ar"] span.glossary-term[data-concept-id="c-muqawama"]')).toHaveText('مقاومة');
});

test('the term strip inserts with Alt+number at the caret of the target pane', async ({ page }) => {
  await openSample(page, 'en');
  const row = await liveRow(page, 'privately criticizing Qods Force commander');
  const strip = row.getByTestId('segment-terms');
  await expect(strip).toContainText('Qods Force');
  const fa = await paneEditor(row, 'fa');
  await fa.click();
  await page.keyboard.type('فرمانده ');
  const index = await strip.locator('li').evaluateAll((items) => items.findIndex((li) => li.textContent?.includes('Qods Force')));
  await page.keyboard.press(`Alt+${index + 1}`);
  await expect(fa).toContainText('فرمانده نیروی قدس');
  await expect(fa.locator('span.glossary-term')).toHaveText('نیروی قدس');
});

test('a deprecated term typed in the Arabic pane is marked as an error, in /ar', async ({ page }) => {
  await openSample(page, 'ar');
  const row = segmentWith(page, 'privately criticizing Qods Force commander');
  const ar = await paneEditor(row, 'ar');
  await ar.click();
  await page.keyboard.type('ينتقد بعض القادة سرًّا قائد قوة القدس إسماعيل قاآني');
  const wrong = ar.locator('.term-match[data-error="true"]');
  await expect(wrong).toHaveText('قوة القدس');
  await expect(row.locator('[data-testid="qa-finding"][data-check-id="term-forbidden"]')).toBeVisible();
  // the card offers the house term in its place (the pointer comes from elsewhere, as a hand's would)
  await page.mouse.move(5, 5);
  await wrong.hover();
  // the definition keeps its own language's direction inside the RTL card
  const definition = page.getByTestId('term-card').getByTestId('term-definition');
  const defLang = await definition.getAttribute('lang');
  await expect(definition).toHaveAttribute('dir', defLang === 'en' ? 'ltr' : 'rtl');
  await page.getByTestId('term-card').getByRole('button', { name: /فيلق القدس/ }).click();
  await expect(ar).toContainText('قائد فيلق القدس إسماعيل');
  await expect(ar.locator('.term-match[data-error="true"]')).toHaveCount(0);
});

test('a forbidden term behind a clitic is marked as an error in /en too, with its QA finding', async ({ page }) => {
  await openSample(page, 'en');
  const row = segmentWith(page, 'the posts show that AAH and KH');
  const ar = await paneEditor(row, 'ar');
  await ar.click();
  await page.keyboard.type('قررت العصائب والكتائب التصعيد دعماً للممانعة');
  const wrong = ar.locator('.term-match[data-error="true"]');
  await expect(wrong).toHaveText('للممانعة');
  await expect(wrong).toHaveAttribute('data-status', 'forbidden');
  await expect(row.locator('[data-testid="qa-finding"][data-check-id="term-forbidden"]')).toBeVisible();
  await page.mouse.move(5, 5);
  await wrong.hover();
  await expect(page.getByTestId('term-card').getByTestId('term-status')).toHaveText('Forbidden');
  await expect(page.getByTestId('term-card').getByTestId('term-card-ar')).toHaveText('مقاومة');
});

test('add to glossary from a selection: the new term is recognized at once', async ({ page }) => {
  await openSample(page, 'en');
  const row = segmentWith(page, 'drone attack');
  const en = await paneEditor(row, 'en');
  await en.click();
  await selectWord(en, 'residence');
  await row.getByRole('button', { name: 'Add to glossary' }).click();
  const form = page.getByTestId('add-term');
  await expect(form.getByLabel('Term in English')).toHaveValue('residence');
  await form.getByLabel('Term in Arabic').fill('مقر الإقامة');
  await form.getByRole('button', { name: 'Save to glossary' }).click();
  await expect(form).toBeHidden();
  await expect(en.locator('.term-match', { hasText: 'residence' })).toHaveCount(1);
  await expect(row.getByTestId('segment-terms')).toContainText('مقر الإقامة');
});

test('the row filter shows what is left to translate, and the rows with QA findings', async ({ page }) => {
  const { importFreshSample } = await import('./support');
  await importFreshSample(page);
  const total = await page.getByTestId('segment').count();
  const filter = page.getByTestId('segment-filter');
  await filter.selectOption('untranslated:fa');
  await expect(page.getByTestId('segment-count')).toHaveText(`${total} of ${total}`);
  const row = segmentWith(page, 'the posts show that AAH and KH');
  await (await paneEditor(row, 'fa')).click();
  await page.keyboard.type('روی هم رفته، این پست‌ها نشان می‌دهد که عصائب و کتائب احتیاط تهران را به دو شکل متفاوت می‌فهمند.');
  // a draft is still left to translate: the translator confirms it
  await page.keyboard.press('Control+Enter');
  await expectSaved(row, 'fa');
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByTestId('segment-count')).toHaveText(`${total - 1} of ${total}`);
  await expect(row).toBeHidden();
  // a forbidden Arabic term makes a finding; the findings filter shows that row alone
  await filter.selectOption('all');
  const other = segmentWith(page, 'privately criticizing Qods Force commander');
  await (await paneEditor(other, 'ar')).click();
  await page.keyboard.type('انتقد قائد قوة القدس');
  await expect(other.locator('[data-testid="qa-finding"][data-check-id="term-forbidden"]')).toBeVisible();
  await filter.selectOption('findings:ar');
  await expect(page.getByTestId('segment-count')).toHaveText(`1 of ${total}`);
  await expect(other).toBeVisible();
});
