import { expect, test, type Locator } from '@playwright/test';
import { openSample, SAMPLE_TITLE } from './support';

/** Boxes of a byline: each author name and the date (one box per visual piece of the date). */
async function bylineBoxes(byline: Locator) {
  return byline.evaluate((el) => {
    const authors = [...el.querySelectorAll('[data-testid="byline-author"]')].map((a) => {
      const r = a.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top };
    });
    const time = el.querySelector('[data-testid="byline-date"]');
    const pieces = time ? [...time.getClientRects()].map((r) => ({ left: r.left, right: r.right, top: r.top })) : [];
    return { authors, pieces, text: time?.textContent ?? '' };
  });
}

/**
 * Right-to-left: names in list order from right to left, the date after all of them (to their left)
 * and in one piece: its fragments (a bidi run each: digits, words) touch, with no name between them.
 */
function expectRtlOrder(b: Awaited<ReturnType<typeof bylineBoxes>>) {
  expect(b.authors.length).toBe(3);
  expect(b.text.trim()).not.toBe('');
  const pieces = [...b.pieces].sort((x, y) => x.left - y.left);
  expect(new Set(pieces.map((p) => Math.round(p.top))).size).toBe(1);
  for (let i = 1; i < pieces.length; i++) expect(Math.abs(pieces[i]!.left - pieces[i - 1]!.right)).toBeLessThan(1.5);
  const date = { left: pieces[0]!.left, right: pieces[pieces.length - 1]!.right, top: pieces[0]!.top };
  for (let i = 1; i < b.authors.length; i++) {
    if (b.authors[i]!.top === b.authors[i - 1]!.top) expect(b.authors[i]!.right).toBeLessThan(b.authors[i - 1]!.left + 1);
  }
  for (const a of b.authors) if (a.top === date.top) expect(date.right).toBeLessThan(a.left + 1);
}

for (const locale of ['ar', 'fa'] as const) {
  test(`/${locale}: the byline keeps Latin names in order and the date in one piece (list and document header)`, async ({ page }) => {
    await page.goto(`/${locale}`);
    const item = page.getByTestId('document-item').filter({ hasText: SAMPLE_TITLE }).last();
    const listBoxes = await bylineBoxes(item.getByTestId('byline'));
    expectRtlOrder(listBoxes);
    await openSample(page, locale);
    expectRtlOrder(await bylineBoxes(page.locator('article > header').getByTestId('byline')));
  });
}

test('/ar edition page: the English document title stands under its heading, at the right', async ({ page }) => {
  await openSample(page, 'ar');
  const id = new URL(page.url()).pathname.split('/').pop();
  await page.goto(`/ar/documents/${id}/edition/ar`);
  const edges = await page.locator('article > header').evaluate((header) => {
    const right = (el: Element) => {
      const r = document.createRange();
      r.selectNodeContents(el);
      return r.getBoundingClientRect().right;
    };
    return { heading: right(header.querySelector('h1')!), title: right(header.querySelector('[data-testid="subpage-doc-title"]')!) };
  });
  expect(Math.abs(edges.heading - edges.title)).toBeLessThan(4);
});
