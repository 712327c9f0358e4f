import { expect, test } from '@playwright/test';
import { importFreshSample, openSample, SAMPLE_TITLE } from './support';

// A constructed original post, for the test only: an Arabic tweet containing the sentence that
// al-Zubaidi's quote renders, with a sentence before it and a hashtag after it.
const POST = 'قلناها مرارًا ونعيدها اليوم. النصيحة من الأخ مقبولة، لكن القرار في الدم العراقي يُتخذ في بغداد لا في طهران. #العراق_أولاً';
const STRETCH = 'النصيحة من الأخ مقبولة، لكن القرار في الدم العراقي يُتخذ في بغداد لا في طهران.';

test('the sample’s quotes are in the Quotes workspace with their Arabic and Farsi originals', async ({ page }) => {
  // the copy seeded on the first start is the oldest in the list (uploaded copies have no sidecar)
  await page.goto('/en');
  await page.getByRole('link', { name: SAMPLE_TITLE }).last().click();
  await expect(page.locator('article > header h1')).toHaveText(SAMPLE_TITLE);
  await page.getByRole('link', { name: 'Quotes and originals' }).click();
  await expect(page).toHaveURL(/\/documents\/\d+\/quotes$/u);
  const items = page.getByTestId('quote-item');
  await expect(items).toHaveCount(6);
  await expect(page.getByTestId('quote-original-lang').filter({ hasText: 'Original in Arabic' })).toHaveCount(4);
  await expect(page.getByTestId('quote-original-lang').filter({ hasText: 'Original in Farsi' })).toHaveCount(2);
  const farahani = items.filter({ hasText: 'patience is also a form of resistance' });
  await farahani.getByRole('button').first().click();
  const detail = page.getByTestId('quote-detail');
  await expect(detail.getByRole('radio', { name: 'Farsi' })).toBeChecked();
  await expect(detail.getByTestId('original-text')).toHaveValue('دوستان ما در عراق باید بدانند که صبر هم نوعی مقاومت است و دشمن جنگی می\u200cخواهد که زمانش را خودش انتخاب کند');
  await expect(detail.getByTestId('original-text')).toHaveAttribute('dir', 'rtl');
  await expect(detail.getByLabel('Platform')).toHaveValue('X');
  await items.filter({ hasText: 'The International Zone is closer' }).getByRole('button').first().click();
  await expect(detail.getByRole('radio', { name: 'Arabic' })).toBeChecked();
  await expect(detail.getByTestId('original-text')).toHaveValue('المنطقة الدولية أقرب مما يظنون، ولصبرنا حدود');
});

test('al-Zubaidi’s quote: the assistant finds the stretch of a pasted post, the original is verified and printed in the Arabic edition', async ({ page }) => {
  // a document of its own: other tests type into the Arabic panes of the sample
  await importFreshSample(page);
  await page.getByRole('link', { name: 'Quotes and originals' }).click();
  await expect(page).toHaveURL(/\/documents\/\d+\/quotes$/u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quotes and their originals');

  // detected on the first visit, highlighted in the source and listed
  const item = page.getByTestId('quote-item').filter({ hasText: 'Advice from a brother is welcome' });
  await expect(item).toHaveCount(1);
  await expect(page.getByTestId('quote-item').filter({ hasText: 'The International Zone is closer' })).toHaveCount(1);
  const quoteId = await item.getAttribute('data-quote-id');
  await expect(page.locator(`[data-testid="quote-highlight"][data-quote-id="${quoteId}"]`).first()).toContainText('Advice from a brother');

  await item.getByRole('button').first().click();
  const detail = page.getByTestId('quote-detail');
  // an upload has no sidecar: the lead-in names Arabic, the original wording is the translator's to find
  await expect(detail.getByRole('radio', { name: 'Arabic' })).toBeChecked();
  await expect(detail.getByTestId('original-text')).toHaveValue('');
  await detail.getByTestId('assistant-post').fill(POST);
  await detail.getByTestId('assistant-find').click();
  await expect(detail.getByTestId('assistant-stretch')).toHaveText(STRETCH);
  // linked highlights both ways: pointing at the English clause lights its Arabic partner, and back
  const en = detail.getByTestId('clause-en').first();
  const link = await en.getAttribute('data-link');
  const ar = detail.locator(`[data-testid="clause-original"][data-link="${link}"]`);
  await en.hover();
  await expect(ar).toHaveAttribute('data-active', 'true');
  await ar.focus();
  await expect(en).toHaveAttribute('data-active', 'true');

  await detail.getByTestId('assistant-accept').click();
  await expect(detail.getByTestId('original-text')).toHaveValue(STRETCH);
  await expect(detail.getByRole('radio', { name: 'Arabic' })).toBeChecked();
  await detail.getByLabel('Platform').fill('X (Twitter)');
  await detail.getByTestId('verified').check();
  await detail.getByTestId('save-quote').click();
  await expect(detail.getByTestId('quote-status')).toHaveText('Saved.');
  await expect(detail.getByTestId('verified-by')).toContainText('Verified by Admin');
  await expect(item.getByTestId('quote-verified')).toBeVisible();

  await detail.getByTestId('apply-original').click();
  await expect(detail.getByTestId('quote-status')).toContainText('written into the Arabic translation');

  // the Arabic edition prints the original wording verbatim
  const docUrl = page.url().replace(/\/quotes$/u, '');
  await page.goto(`${docUrl}/edition/ar`);
  const edition = page.frameLocator('[data-testid="edition-preview"]');
  await expect(edition.locator('body')).toContainText(STRETCH);
  await expect(edition.locator('[lang="ar"]', { hasText: 'القرار في الدم العراقي' }).first()).toBeVisible();

  // after a reload the quote keeps its original, verification and use
  await page.goto(`${docUrl}/quotes`);
  const again = page.getByTestId('quote-item').filter({ hasText: 'Advice from a brother is welcome' });
  await expect(again.getByTestId('quote-original-lang')).toHaveText('Original in Arabic');
  await expect(again).toContainText('Original wording used');
});

test('a quote is added by selecting words in the source and removed again', async ({ page }) => {
  await openSample(page);
  await page.getByRole('link', { name: 'Quotes and originals' }).click();
  await expect(page).toHaveURL(/\/documents\/\d+\/quotes$/u);
  await expect(page.getByTestId('quote-item').first()).toBeVisible();
  const count = await page.getByTestId('quote-item').count();
  const para = page.getByTestId('quote-source').locator('p', { hasText: 'Soleimani never asked the groups to wait' });
  // select "wait without a plan" with the DOM (as a mouse drag would)
  await para.evaluate((el) => {
    const text = el.textContent ?? '';
    const start = text.indexOf('wait without a plan');
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let at = 0;
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.textContent!.length;
      if (start >= at && start < at + len) {
        range.setStart(n, start - at);
        range.setEnd(n, start - at + 'wait without a plan'.length);
      }
      at += len;
    }
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.getByTestId('add-quote').click();
  const added = page.getByTestId('quote-item').filter({ hasText: 'wait without a plan' });
  await expect(added).toHaveCount(1);
  await expect(page.getByTestId('quote-item')).toHaveCount(count + 1);
  await expect(added).toHaveAttribute('data-selected', 'true');
  // the same words again overlap the new quote
  await page.getByTestId('add-quote').click();
  await expect(page.getByTestId('quotes-error')).toContainText('Select some words');
  await added.getByTestId('remove-quote').click();
  await expect(page.getByTestId('quote-item')).toHaveCount(count);
  await page.reload();
  await expect(page.getByTestId('quote-item')).toHaveCount(count);
});

test('/ar: the Quotes workspace is in Arabic, the English source stays left-to-right', async ({ page }) => {
  await openSample(page, 'ar');
  await page.getByRole('link', { name: 'الاقتباسات وأصولها' }).click();
  await expect(page).toHaveURL(/\/ar\/documents\/\d+\/quotes$/u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الاقتباسات ونصوصها الأصلية');
  await expect(page.getByTestId('quote-source')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('add-quote')).toHaveText('أضف النص المحدَّد اقتباسًا');
});

test('a published pair is aligned, reviewed and kept as a document with both texts', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('link', { name: 'Align', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Align a published translation');
  await page.getByTestId('align-title').fill('Masjedi brief (published pair)');
  await page.getByTestId('align-source').fill('Iraj Masjedi is Iran’s ambassador to Baghdad. He met Qais al-Khazali on November 12.\nThe post was later deleted.');
  await page.getByTestId('align-target').fill('إيرج مسجدي هو سفير إيران في بغداد. التقى قيس الخزعلي في 12 تشرين الثاني.\nحُذف المنشور لاحقًا.');
  await page.getByTestId('align-run').click();
  const rows = page.getByTestId('align-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1).getByTestId('align-target-cell')).toContainText('الخزعلي');
  // a wrong merge and its split back
  await rows.nth(0).getByRole('button', { name: 'Merge with next' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-link', '2-2');
  await rows.nth(0).getByRole('button', { name: 'Split' }).click();
  await expect(rows).toHaveCount(3);
  await page.getByRole('button', { name: 'Confirm all' }).click();
  await page.getByTestId('align-keep').click();
  await expect(page.locator('article > header h1')).toHaveText('Masjedi brief (published pair)');
  const seg = page.getByTestId('segment').filter({ hasText: 'He met Qais al-Khazali' });
  await expect(seg.locator('[data-lang="ar"]')).toContainText('التقى قيس الخزعلي');
});
