import { expect, test } from '@playwright/test';
import { openSample } from './support';

// The document page's Latin and Arabic faces come with the page (preloaded, app/fonts.ts), not when a
// first layout with fallback fonts finds them: every web font it fetches is a preload, each file once.
for (const locale of ['en', 'fa'] as const) {
  test(`/${locale} document page: the faces it draws with are preloaded, each fetched once`, async ({ page }) => {
    await openSample(page, locale);
    // a load of the document page itself (openSample comes to it from the list, without one)
    await page.reload();
    await expect(page.locator('.pane-text[lang="fa"]').first()).toBeVisible();
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return performance
        .getEntriesByType('resource')
        .filter((e) => /\.woff2?(\?|$)/u.test(e.name))
        .map((e) => ({ file: e.name.split('/').pop() ?? '', by: (e as PerformanceResourceTiming).initiatorType }));
    });
    // Latin, Arabic (Noto Naskh Arabic) and Farsi (Vazirmatn) text on the page: their faces were used
    for (const face of ['noto_sans_latin_400', 'noto_naskh_arabic_arabic_400', 'vazirmatn_arabic_400', 'vazirmatn_latin_400']) {
      expect(fonts.map((f) => f.file.replace(/-/gu, '_')).some((f) => f.startsWith(face)), `${face} fetched`).toBe(true);
    }
    expect(fonts.filter((f) => f.by !== 'link'), 'fonts found by the stylesheet, not preloaded').toEqual([]);
    // the same subset under @fontsource's own name would be a second download of the same file
    const faces = fonts.map((f) => /^(.+?[-_]\d00[-_]normal)/u.exec(f.file)?.[1].replace(/_/gu, '-') ?? f.file);
    expect(new Set(faces).size).toBe(faces.length);
  });
}

test('a Farsi text with ZWNJ is drawn with Vazirmatn, an Arabic one with Noto Naskh Arabic', async ({ page }) => {
  await openSample(page, 'en');
  const families = await page.evaluate(async () => {
    await document.fonts.ready;
    const loaded = (test: RegExp) => [...document.fonts].filter((f) => f.status === 'loaded' && test.test(f.family)).map((f) => f.unicodeRange);
    const fa = document.querySelector('.pane-text[lang="fa"]');
    const ar = document.querySelector('.pane-text[lang="ar"]');
    return {
      fa: fa ? getComputedStyle(fa).fontFamily : '',
      ar: ar ? getComputedStyle(ar).fontFamily : '',
      vazirmatnArabic: loaded(/vazirmatn/iu).some((r) => r.includes('U+200C')),
      naskhArabic: loaded(/naskh/iu).some((r) => r.includes('U+600-6FF')),
    };
  });
  // the Farsi pane's stack starts with Vazirmatn's faces, the Arabic pane's with Noto Naskh Arabic's
  expect(families.fa.split(',')[0]).toMatch(/vazirmatn/iu);
  expect(families.ar.split(',')[0]).toMatch(/naskh/iu);
  // their Arabic-script faces (ZWNJ, U+200C, is in Vazirmatn's) were loaded for the sample's text
  expect(families.vazirmatnArabic).toBe(true);
  expect(families.naskhArabic).toBe(true);
});
