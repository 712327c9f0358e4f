import { describe, expect, it } from 'vitest';
import ar from '../../messages/ar.json';
import { deepText, parseXml, type XmlElement } from '../formats/xml';
import { editionFontCss } from './fonts';
import { defaultHouseStyle } from './house-style';
import { renderEditionHtml } from './render-html';
import { docOf, sampleArabicEdition } from './sample-edition';
import type { EditionInput } from './types';

function all(el: XmlElement, pred: (e: XmlElement) => boolean, out: XmlElement[] = []): XmlElement[] {
  if (pred(el)) out.push(el);
  for (const c of el.children) if (c.type === 'element') all(c, pred, out);
  return out;
}
const byName = (root: XmlElement, name: string) => all(root, (e) => e.local === name);
const byClass = (root: XmlElement, cls: string) => all(root, (e) => (e.attrs.class ?? '').split(' ').includes(cls));

const sample = sampleArabicEdition();
const ORIGINAL_AR = sample.segments.find((s) => s.quote?.originalLang === 'ar')!.quote!.originalText;
const ORIGINAL_FA = sample.segments.find((s) => s.quote?.originalLang === 'fa')!.quote!.originalText;

describe('renderEditionHtml (Arabic sample)', () => {
  const html = renderEditionHtml(sample, defaultHouseStyle('ar'), { fontCss: editionFontCss('ar') });
  const root = parseXml(html); // well-formed: parses as XML

  it('is a standalone RTL Arabic document with title, byline and date', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(root.local).toBe('html');
    expect(root.attrs).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(deepText(byName(root, 'h1')[0]!)).toBe(sample.title);
    expect(deepText(byClass(root, 'byline')[0]!)).toBe('بقلم حمدي مالك وكريسبين سميث ومايكل نايتس');
    const time = byName(root, 'time')[0]!;
    expect(time.attrs.datetime).toBe('2021-11-13');
    expect(deepText(time)).toBe('13 تشرين الثاني/نوفمبر 2021');
    // the page's own byline segment is replaced by the one built from the metadata
    expect(html).not.toContain('<p>بقلم حمدي مالك</p>');
  });

  it('isolates Latin names and prints guillemets', () => {
    const bdis = byName(root, 'bdi').map(deepText);
    expect(bdis).toContain('Kataib Hezbollah (KH)');
    expect(bdis).toContain('Sabereen News'); // one isolate across the bold mark
    expect(html).toContain('«الوحدة 10,000»');
    expect(html).toContain('<strong>«واضحة»</strong>');
    expect(html).not.toMatch(/[“”"]واضحة/u);
  });

  it('keeps links, resolving relative ones against the source page', () => {
    const hrefs = byName(root, 'a').map((a) => a.attrs.href);
    expect(hrefs).toContain('https://www.washingtoninstitute.org/node/16641');
    expect(hrefs).toContain('https://t.me/sabereen_news');
    expect(byName(root, 'a').filter((a) => a.attrs.href === 'https://t.me/sabereen_news')).toHaveLength(1);
  });

  it('prints an Arabic-original quote verbatim and marks it', () => {
    const q = byClass(root, 'original-wording').find((e) => e.attrs['data-original-lang'] === 'ar')!;
    expect(q.local).toBe('blockquote');
    expect(deepText(byName(q, 'p')[0]!)).toBe(ORIGINAL_AR);
    expect(deepText(q)).toContain(ar.Edition.originalWording);
    expect(html).not.toContain('ترجمة لا تُنشر');
  });

  it('shows a Farsi-original quote next to its Arabic translation', () => {
    const pair = byClass(root, 'quote-pair')[0]!;
    const [translation, original] = byName(pair, 'blockquote');
    expect(deepText(translation!)).toBe('نسي إيرج مسجدي دوره كسفير وبدأ يعمل كمراسل');
    expect(original!.attrs).toMatchObject({ lang: 'fa', dir: 'rtl' });
    expect(deepText(original!)).toContain(ORIGINAL_FA); // ZWNJ of پیام‌رسان kept
    expect(ORIGINAL_FA).toContain('\u200C');
    expect(deepText(byName(pair, 'figcaption')[0]!)).toBe('مترجم عن الفارسية');
  });

  it('numbers figure captions, without doubling a label already there', () => {
    const caps = byName(root, 'figcaption').filter((c) => c.attrs.class === 'caption').map(deepText);
    expect(caps).toEqual(['الشكل 1: منشور من حسابات مقربة من قيس الخزعلي، 12 تشرين الثاني/نوفمبر 2021', 'الشكل 4: تغريدة أمير الطائي']);
    expect(byName(root, 'figure').filter((f) => f.attrs.class === 'figure')).toHaveLength(2);
  });

  it('words the boilerplate from the Edition messages', () => {
    const meta = deepText(byClass(root, 'edition-meta')[0]!);
    for (const w of [ar.Edition.partOfSeries, ar.Edition.topics, ar.Edition.alsoAvailableIn, ar.Edition.aboutAuthors, ar.Edition.source]) {
      expect(meta).toContain(w);
    }
    const also = byClass(root, 'also-available')[0]!;
    expect(byName(also, 'a')[0]!.attrs).toMatchObject({ hreflang: 'en', lang: 'en', dir: 'ltr' });
    expect(deepText(byName(root, 'ul')[0]!)).toBe('عصائب أهل الحق (AAH)كتائب حزب الله');
  });

  it('embeds Noto Naskh Arabic and Noto Sans as woff2 data, 400 and 700', () => {
    const css = deepText(byName(root, 'style')[0]!);
    for (const family of ['Noto Naskh Arabic', 'Noto Sans']) {
      for (const w of [400, 700]) expect(css).toMatch(new RegExp(`font-family:'${family}';font-style:normal;font-weight:${w};`));
    }
    const data = [...css.matchAll(/base64,([A-Za-z0-9+/=]+)\)/gu)].map((m) => Buffer.from(m[1]!, 'base64'));
    expect(data).toHaveLength(4);
    for (const d of data) expect(d.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(css).toContain('unicode-range:U+0600-06FF');
    expect(css).toContain("font-family:'Noto Naskh Arabic', 'Noto Sans', serif");
  });
});

describe('renderEditionHtml with other styles and languages', () => {
  it('Arabic-Indic digits leave URLs and hrefs alone; javascript: links are dropped', () => {
    const input: EditionInput = {
      ...sampleArabicEdition(),
      segments: [{ kind: 'paragraph', content: docOf(['زار 10,000 شخص https://example.org/2021 و ', ['هنا', { type: 'link', attrs: { href: 'javascript:alert(1)' } }]]) }],
    };
    const html = renderEditionHtml(input, { ...defaultHouseStyle('ar'), digits: 'arabic-indic' });
    expect(html).toContain('زار ١٠٬٠٠٠ شخص <bdi>https://example.org/2021</bdi>');
    expect(html).toContain('١٣ تشرين الثاني/نوفمبر ٢٠٢١');
    expect(html).not.toContain('javascript:');
  });

  it('prints a Farsi edition with Persian digits, Solar Hijri date and Vazirmatn', () => {
    const input: EditionInput = {
      lang: 'fa',
      title: 'صابرین نیوز از ایران انتقاد می‌کند',
      authors: ['حمدی مالک'],
      publishedOn: '2021-11-13',
      series: 'Militia Spotlight',
      authorBios: [{ name: 'حمدی مالک', bio: 'پژوهشگر مؤسسهٔ واشنگتن.' }],
      segments: [
        { kind: 'paragraph', content: docOf(['گروه Kataib Hezbollah (KH) در سال 2021 گفت "نه".']) },
        { kind: 'quote', content: docOf(['ترجمهٔ فارسی']), quote: { originalLang: 'ar', originalText: 'اثبتوا حتى يبدو لكم عمود الحق' } },
      ],
    };
    const html = renderEditionHtml(input, { ...defaultHouseStyle('fa'), calendar: 'solar-hijri' }, { fontCss: editionFontCss('fa') });
    const root = parseXml(html);
    expect(root.attrs).toMatchObject({ lang: 'fa', dir: 'rtl' });
    expect(deepText(byName(root, 'time')[0]!)).toBe('۲۲ آبان ۱۴۰۰');
    expect(html).toContain('<bdi>Kataib Hezbollah (KH)</bdi> در سال ۲۰۲۱ گفت «نه».');
    expect(deepText(byName(root, 'h2')[0]!)).toBe('درباره نویسنده'); // one author
    expect(html).toContain('بخشی از مجموعه');
    const pair = byClass(root, 'quote-pair')[0]!;
    expect(deepText(pair)).toContain('ترجمه از عربی');
    expect(byName(pair, 'blockquote')[1]!.attrs.lang).toBe('ar');
    expect(html).toContain("font-family:'Vazirmatn';font-style:normal;font-weight:700;");
    expect(html).not.toContain("font-family:'Noto Naskh Arabic';font-style");
  });

  it('prints an English edition left to right without isolates or guillemets', () => {
    const input: EditionInput = { lang: 'en', title: 'Sabereen News', authors: ['Hamdi Malik'], publishedOn: '2021-11-13', segments: [{ kind: 'paragraph', content: docOf(['He said “yes” to Kataib Hezbollah (KH).']) }] };
    const html = renderEditionHtml(input, defaultHouseStyle('en'));
    const root = parseXml(html);
    expect(root.attrs).toMatchObject({ lang: 'en', dir: 'ltr' });
    expect(byName(root, 'bdi')).toHaveLength(0);
    expect(html).toContain('He said “yes” to Kataib Hezbollah (KH).');
    expect(html).toContain('By Hamdi Malik');
  });
});
