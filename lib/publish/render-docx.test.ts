import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { childElements, deepText, parseXml, type XmlElement } from '../formats/xml';
import { defaultHouseStyle } from './house-style';
import { renderEditionDocx } from './render-docx';
import { docOf, sampleArabicEdition } from './sample-edition';
import type { EditionInput } from './types';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function all(el: XmlElement, local: string, out: XmlElement[] = []): XmlElement[] {
  if (el.local === local && el.uri === W) out.push(el);
  for (const c of el.children) if (c.type === 'element') all(c, local, out);
  return out;
}
const has = (el: XmlElement, local: string) => childElements(el, 'rPr', W).some((p) => childElements(p, local, W).length > 0);

async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => zip.file(name)!.async('string');
  return { document: parseXml(await read('word/document.xml')), styles: await read('word/styles.xml'), rels: await read('word/_rels/document.xml.rels') };
}

describe('renderEditionDocx (Arabic sample)', async () => {
  const bytes = await renderEditionDocx(sampleArabicEdition(), defaultHouseStyle('ar'));
  const { document, styles, rels } = await open(bytes);
  const paragraphs = all(document, 'p');

  it('makes every paragraph bidirectional', () => {
    expect(paragraphs.length).toBeGreaterThan(15);
    for (const p of paragraphs) expect(all(p, 'bidi')).toHaveLength(1);
  });

  it('writes Arabic runs as rtl and Latin runs as isolated ltr runs', () => {
    const runs = all(document, 'r');
    const arabic = runs.find((r) => deepText(r).startsWith('أعادت حسابات'))!;
    expect(has(arabic, 'rtl')).toBe(true);
    const latin = runs.find((r) => deepText(r).includes('Kataib Hezbollah'))!;
    expect(deepText(latin)).toBe('\u2068Kataib Hezbollah');
    expect(has(latin, 'rtl')).toBe(false);
    expect(has(latin, 'b') && has(latin, 'bCs')).toBe(true);
    const closing = runs.find((r) => deepText(r) === ' (KH)\u2069')!;
    expect(has(closing, 'rtl')).toBe(false);
  });

  it('uses Noto Naskh Arabic as complex-script font and Arabic as bidi language', () => {
    const fonts = /<w:rPrDefault><w:rPr><w:rFonts ([^>]*)\/>/u.exec(styles)![1]!;
    for (const a of ['w:ascii="Noto Sans"', 'w:hAnsi="Noto Sans"', 'w:cs="Noto Naskh Arabic"']) expect(fonts).toContain(a);
    expect(styles).toContain('w:bidi="ar-SA"');
  });

  it('keeps headings, hyperlinks, captions and the quote table', () => {
    const styleOf = (p: XmlElement) => all(p, 'pStyle')[0]?.attrs['w:val'];
    const titled = paragraphs.map((p) => [styleOf(p), deepText(p)] as const);
    expect(titled).toContainEqual(['Title', 'صابرين نيوز تنتقد إيران بسبب الافتقار إلى دعمها']);
    expect(titled).toContainEqual(['Heading2', 'الانقسام مع فيلق القدس']);
    expect(titled).toContainEqual(['Caption', 'الشكل 1: منشور من حسابات مقربة من قيس الخزعلي، 12 تشرين الثاني/نوفمبر 2021']);
    expect(all(document, 'hyperlink').length).toBeGreaterThanOrEqual(3);
    expect(rels).toContain('Target="https://www.washingtoninstitute.org/node/16641" TargetMode="External"');
    const table = all(document, 'tbl')[0]!;
    expect(all(table, 'bidiVisual')).toHaveLength(1);
    expect(deepText(table)).toContain('پیام\u200Cرسان');
  });

  it('reads back with mammoth: text in order, original quote verbatim', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const text = value.replace(/[\u2068\u2069]/gu, '');
    expect(text).toContain('Kataib Hezbollah (KH) نشر رسالة الخزعلي حرفياً، وقالت وحدة «الوحدة 10,000»');
    expect(text).toContain('اثبتوا حتى يبدو لكم عمود الحق، وأنتم الأعلون والله معكم ولن يتركم أعمالكم');
    expect(text).not.toContain('ترجمة لا تُنشر');
    expect(text).toContain('عن الكتّاب');
  });
});

describe('renderEditionDocx (Farsi)', () => {
  it('uses Vazirmatn, Persian digits and fa-IR', async () => {
    const input: EditionInput = {
      lang: 'fa',
      title: 'آزمون',
      authors: ['حمدی مالک'],
      publishedOn: '2021-11-13',
      segments: [{ kind: 'paragraph', content: docOf(['در سال 2021 گروه Kataib Hezbollah گفت.']) }],
    };
    const { document, styles } = await open(await renderEditionDocx(input, { ...defaultHouseStyle('fa'), calendar: 'solar-hijri' }));
    expect(styles).toContain('w:cs="Vazirmatn"');
    expect(styles).toContain('w:bidi="fa-IR"');
    const text = all(document, 'p').map(deepText);
    expect(text).toContain('۲۲ آبان ۱۴۰۰');
    expect(text).toContain('در سال ۲۰۲۱ گروه \u2068Kataib Hezbollah\u2069 گفت.');
  });
});
