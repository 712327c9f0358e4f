import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectSaved, openSample, paneEditor, SAMPLE_TITLE, segmentWith } from './support';

test('the documents list shows the sample analysis with per-language progress', async ({ page }) => {
  await page.goto('/en');
  const item = page.getByTestId('document-item').filter({ hasText: SAMPLE_TITLE });
  await expect(item).toBeVisible();
  await expect(item).toContainText('Leila Haddad');
  await expect(item.getByTestId('progress-ar')).toContainText('Arabic');
  await expect(item.getByTestId('progress-fa')).toContainText('Farsi');
  await expect(item.getByRole('progressbar')).toHaveCount(2);
});

test('in /ar the whole UI is right-to-left while the English pane stays left-to-right', async ({ page }) => {
  await openSample(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('link', { name: 'المستندات' })).toBeVisible();
  const row = segmentWith(page, 'quarrel between the Iraqi');
  const en = await paneEditor(row, 'en');
  await expect(en).toHaveAttribute('dir', 'ltr');
  const ar = await paneEditor(row, 'ar');
  await expect(ar).toHaveAttribute('dir', 'rtl');
  // the mirrored grid puts the source column on the right in an RTL UI
  const enBox = (await row.locator('[data-lang="en"]').boundingBox())!;
  const arBox = (await row.locator('[data-lang="ar"]').boundingBox())!;
  expect(enBox.x).toBeGreaterThan(arBox.x);
});

test('Arabic typed into the muqawama paragraph is saved and still there after a reload', async ({ page }) => {
  await openSample(page);
  const row = segmentWith(page, 'quarrel between the Iraqi');
  const ar = await paneEditor(row, 'ar');
  await ar.click();
  const text = 'ينبغي قراءة هذه الرسالة في ضوء الانقسام بين المقاومة العراقية وفيلق القدس';
  await page.keyboard.type(text);
  await expectSaved(row, 'ar');
  await page.reload();
  const again = segmentWith(page, 'quarrel between the Iraqi');
  await expect(again.locator('[data-lang="ar"]')).toContainText(text);
  // typed and saved, not yet confirmed: a draft (docs/editor.md)
  await expect(again.locator('[data-lang="ar"] [data-testid="state"]')).toHaveValue('initial');
  await expect(again.locator('[data-lang="ar"] [data-testid="state"]')).toHaveAttribute('data-shown', 'draft');
  // an editor approves it: the state is saved and counted as reviewed on the documents list
  await again.locator('[data-lang="ar"] [data-testid="state"]').selectOption('reviewed');
  await expectSaved(again, 'ar');
  await page.goto('/en');
  await expect(page.getByTestId('document-item').filter({ hasText: SAMPLE_TITLE }).last().getByTestId('progress-ar')).toContainText('1 reviewed');
});

test('a stale save gets a conflict showing both texts, and both stay in the history', async ({ browser }) => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  await openSample(pageA);
  await openSample(pageB);
  const rowA = segmentWith(pageA, 'privately criticizing Qods Force commander');
  const rowB = segmentWith(pageB, 'privately criticizing Qods Force commander');
  // B is already in the pane when A's save lands, so it is not replaced under B's cursor (live updates)
  await (await paneEditor(rowB, 'ar')).click();
  await (await paneEditor(rowA, 'ar')).click();
  await pageA.keyboard.type('نص المحرر الأول');
  await expectSaved(rowA, 'ar');
  await pageB.keyboard.type('نص المحرر الثاني');
  const conflict = rowB.getByTestId('conflict');
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await expect(conflict.getByTestId('conflict-mine')).toHaveText('نص المحرر الثاني');
  await expect(conflict.getByTestId('conflict-theirs')).toHaveText('نص المحرر الأول');
  await rowB.getByRole('button', { name: 'History' }).click();
  const history = pageB.getByTestId('history');
  await expect(history.locator('[data-action="save"]')).toContainText('نص المحرر الأول');
  await expect(history.locator('[data-action="conflict"]')).toContainText('نص المحرر الثاني');
  await history.getByRole('button', { name: 'Close' }).click();
  // keeping mine saves it on top, without losing the other
  await conflict.getByRole('button', { name: 'Keep my text' }).click();
  await expectSaved(rowB, 'ar');
  await pageA.reload();
  await expect(segmentWith(pageA, 'privately criticizing Qods Force commander').locator('[data-lang="ar"]')).toContainText('نص المحرر الثاني');
  await a.close();
  await b.close();
});

test('an unknown document id gets a clear message', async ({ page }) => {
  await page.goto('/en/documents/999999');
  await expect(page.getByTestId('error-message')).toContainText('There is no document with the id “999999”');
  await page.goto('/fa/documents/not-a-number');
  await expect(page.getByTestId('error-message')).toContainText('سندی با شناسهٔ');
});

test('importing an empty file is refused with a message and adds nothing', async ({ page }) => {
  await page.goto('/en');
  const before = await page.getByTestId('document-item').count();
  await page.getByLabel('File').setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('error-message')).toContainText('The file is empty');
  await page.reload();
  await expect(page.getByTestId('document-item')).toHaveCount(before);
});

test('importing a binary file is refused with a message', async ({ page }) => {
  await page.goto('/ar');
  await page.getByLabel('الملف').setInputFiles({ name: 'image.txt', mimeType: 'text/plain', buffer: Buffer.from([0x00, 0x13, 0x9c, 0x00, 0xff, 0x01, 0x00, 0x00, 0x7f, 0x00, 0x02, 0x00, 0xc3, 0x00]) });
  await page.getByRole('button', { name: 'استيراد' }).click();
  await expect(page.getByTestId('error-message')).toContainText('ليس نصاً');
});

test('pasting Markdown imports a new document and opens it', async ({ page }) => {
  await page.goto('/en');
  await page.getByLabel('Or paste the text').fill('# Kataib Hezbollah statement\n\nKH reposted the message of **Qais al-Khazali** verbatim.\n');
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.locator('article > header h1')).toHaveText('Kataib Hezbollah statement');
  await expect(page.getByTestId('segment').filter({ hasText: 'reposted the message' }).locator('strong')).toHaveText('Qais al-Khazali');
});

for (const locale of ['en', 'ar'] as const) {
  test(`the editor page has no serious accessibility violations (${locale})`, async ({ page }) => {
    // axe walks every row of the 27-segment sample: about 50 s when the shared machine is loaded
    test.setTimeout(120_000);
    await openSample(page, locale);
    const results = await new AxeBuilder({ page }).exclude('.ProseMirror-separator').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.length} nodes (${v.nodes[0]?.target})`)).toEqual([]);
  });
}

test('a paragraph broken by the layout is merged, then split again at the caret', async ({ page }) => {
  await page.goto('/en');
  await page.getByLabel('Or paste the text').fill('# Layout test\n\nThe message included video of one of his past speeches, in a way\n\nthat my death satisfies America and Israel.\n');
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.locator('article > header h1')).toHaveText('Layout test');
  await expect(page.getByTestId('segment')).toHaveCount(3);
  await page.getByTestId('segment').nth(1).getByRole('button', { name: 'Merge with next' }).click();
  await expect(page.getByTestId('segment')).toHaveCount(2);
  const merged = page.getByTestId('segment').nth(1);
  await expect(merged.locator('[data-lang="en"]')).toContainText('in a way that my death satisfies America and Israel.');
  // caret after "in a way", then split
  const en = await paneEditor(merged, 'en');
  await en.click();
  await en.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(' that my death');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.collapse(true);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
  });
  await merged.getByRole('button', { name: 'Split at caret' }).click();
  await expect(page.getByTestId('segment')).toHaveCount(3);
  await expect(page.getByTestId('segment').nth(2).locator('[data-lang="en"]')).toContainText('that my death satisfies America and Israel.');
});

test('a Word file with Arabic and English paragraphs is imported by upload', async ({ page }) => {
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Militia statement in Word')] }),
          new Paragraph({ children: [new TextRun('The group said '), new TextRun({ text: 'Kataib Hezbollah', bold: true }), new TextRun(' would respond.')] }),
          new Paragraph({ bidirectional: true, children: [new TextRun({ text: 'قالت كتائب حزب الله إنها سترد.', rightToLeft: true })] }),
        ],
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  await page.goto('/en');
  await page.getByLabel('File').setInputFiles({ name: 'statement.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.locator('article > header h1')).toHaveText('Militia statement in Word');
  await expect(page.getByTestId('segment').filter({ hasText: 'would respond' }).locator('strong')).toHaveText('Kataib Hezbollah');
  await expect(page.getByTestId('segment').filter({ hasText: 'قالت كتائب' })).toHaveCount(1);
});

test('a file over the size limit is refused with a message before it is uploaded', async ({ page }) => {
  await page.goto('/en');
  const before = await page.getByTestId('document-item').count();
  await page.getByLabel('File').setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(11 * 1024 * 1024, 'a') });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('error-message')).toContainText('too large');
  await page.reload();
  await expect(page.getByTestId('document-item')).toHaveCount(before);
});

test('an unknown address and a refused QA language get the localized not-found page', async ({ page }) => {
  const missing = await page.goto('/ar/no-such-page');
  expect(missing?.status()).toBe(404);
  await expect(page.getByTestId('error-message')).toContainText('الصفحة غير موجودة');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // the source language has no QA page of its own
  const refused = await page.goto('/fa/documents/1/qa/en');
  expect(refused?.status()).toBe(404);
  await expect(page.getByTestId('error-message')).toContainText('صفحه یافت نشد');
});
