import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PmNode, SegmentDraft } from '../documents/types';
import { importDocument } from './import-document';

// A brief as extracted from its web page (written for the tests): page chrome, author bios, links in
// Markdown form, bare "(/node/N)" paths, a quote broken by a caption and paragraphs broken by the layout.
const PAGE = resolve(import.meta.dirname, '../../tests/fixtures/import/page-extract.txt');
const enc = (s: string) => new TextEncoder().encode(s);
const inline = (s: SegmentDraft): PmNode[] => s.content.content?.[0].content ?? [];
const marked = (s: SegmentDraft, type: string) => inline(s).filter((n) => n.marks?.some((m) => m.type === type));

describe('importDocument: a page extracted to text', async () => {
  const draft = await importDocument({ bytes: readFileSync(PAGE), fileName: 'page-extract.txt' });
  const body = draft.segments.filter((s) => !['heading', 'byline', 'date'].includes(s.kind));

  it('reads title, authors, date and language', () => {
    expect(draft.title).toBe('Drone Footage Revives an Old Feud Between Militia Channels');
    expect(draft.authors).toEqual(['Leila Haddad', 'Daniel Okafor', 'Shirin Rahmani']);
    expect(draft.publishedOn).toBe('2024-04-02');
    expect(draft.sourceLang).toBe('en');
    expect(draft.sourceUrl).toBeNull();
    expect(draft.segments.slice(0, 3).map((s) => s.kind)).toEqual(['heading', 'byline', 'date']);
    expect(draft.segments[0].content.content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 1 } });
  });

  it('starts the body with the first paragraph of the analysis', () => {
    const first = draft.segments.find((s) => s.kind === 'paragraph');
    expect(first?.text.startsWith('Militia channels are fighting over a video')).toBe(true);
  });

  it('makes figure captions caption segments (the extracted page has three)', () => {
    const captions = draft.segments.filter((s) => s.kind === 'caption').map((s) => s.text);
    expect(captions).toHaveLength(3);
    expect(captions.map((c) => c.slice(0, 9))).toEqual(['Figure 1:', 'Figure 2:', 'Figure 3:']);
  });

  it('keeps page chrome, bios and related content out of the segments', () => {
    const all = draft.segments.map((s) => s.text).join('\n');
    for (const chrome of ['RECOMMENDED', 'TOPICS', 'Omar Saleh', 'Also available in', 'العربية', 'ABOUT THE AUTHORS',
      'Senior Fellow', 'Brief Analysis', 'Part of a series', 'or see Part 1', 'REGIONS & COUNTRIES', 'Podcast', '(/node/']) {
      expect(all, chrome).not.toContain(chrome);
    }
    expect(body.at(-1)?.text.startsWith('In our view')).toBe(true);
  });

  it('keeps layout-broken paragraphs as they stand', () => {
    const i = draft.segments.findIndex((s) => s.text.endsWith('in a distant capital'));
    expect(draft.segments[i + 1].kind).toBe('caption');
    expect(draft.segments[i + 2].text.startsWith('asks us to be patient')).toBe(true);
  });

  it('marks italic muqawama, bold and links with hrefs, without the repeated "(/url)"', () => {
    const italics = body.flatMap((s) => marked(s, 'italic')).map((n) => n.text);
    expect(italics.length).toBe(4);
    expect(new Set(italics)).toEqual(new Set(['muqawama']));
    const links = body.flatMap((s) => marked(s, 'link'));
    expect(links.map((n) => [n.text, n.marks?.find((m) => m.type === 'link')?.attrs?.href])).toEqual([
      ['Asaib Ahl al-Haq', '/node/2101'],
      ['Sada al-Jabha', '/node/2203'],
      ['Kataib Hezbollah', '/node/2105'],
      ['government formation talks', '/node/2310'],
      ['Unit 10,000', '/node/2107'],
      ['March 20 rocket attack', '/node/2311'],
    ]);
    const kh = links.find((n) => n.text === 'Kataib Hezbollah');
    expect(kh?.marks?.map((m) => m.type)).toEqual(['bold', 'link']);
    const second = body.find((s) => s.text.startsWith('On March 28'));
    expect(second?.text).toContain('a commander of Asaib Ahl al-Haq (AAH), shared');
    const third = body.find((s) => s.text.startsWith('Sada al-Jabha quickly'))?.text;
    expect(third).toContain('another militia, Kataib Hezbollah (KH), shared');
    expect(third).not.toContain('**');
  });

  it('keeps text equal to the concatenated text nodes', () => {
    for (const s of draft.segments) expect(inline(s).map((n) => n.text ?? '\n').join('')).toBe(s.text);
  });
});

describe('importDocument: Markdown', () => {
  const md = [
    '---', 'source: https://example.org/analysis/1', '---',
    '# Rockets and *muqawama*', '', 'By Jane Roe and Ali Hassan', '', '2021-11-13', '',
    'A paragraph with **bold**, _italic_ and a [relative link](/node/1).',
    'Soft-wrapped second line.', '',
    '## Section', '', '> A quoted post', '', '- first item', '- second item', '', 'Figure 2: A chart', '',
    'Escaped \\*stars\\* and snake_case_name stay literal.',
  ].join('\n');

  it('reads headings, quotes, list items, captions and inline marks', async () => {
    const d = await importDocument({ bytes: enc(md), fileName: 'note.md' });
    expect(d.title).toBe('Rockets and muqawama');
    expect(d.authors).toEqual(['Jane Roe', 'Ali Hassan']);
    expect(d.publishedOn).toBe('2021-11-13');
    expect(d.sourceUrl).toBe('https://example.org/analysis/1');
    expect(d.segments.map((s) => s.kind)).toEqual(['heading', 'byline', 'date', 'paragraph', 'heading', 'quote', 'list-item', 'list-item', 'caption', 'paragraph']);
    const p = d.segments[3];
    expect(p.text).toBe('A paragraph with bold, italic and a relative link. Soft-wrapped second line.');
    expect(marked(p, 'bold').map((n) => n.text)).toEqual(['bold']);
    expect(marked(p, 'italic').map((n) => n.text)).toEqual(['italic']);
    // Relative links are resolved against the document's source URL.
    expect(marked(p, 'link')[0].marks?.[0]).toEqual({ type: 'link', attrs: { href: 'https://example.org/node/1' } });
    expect(d.segments[4].content.content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 2 } });
    expect(d.segments.at(-1)?.text).toBe('Escaped *stars* and snake_case_name stay literal.');
    expect(marked(d.segments.at(-1)!, 'italic')).toEqual([]);
  });

  it('drops script links and placeholder "#" links but keeps the text', async () => {
    const d = await importDocument({ bytes: enc('Title\n\nClick [here](javascript:alert(1)) or [there](#).'), fileName: 'x.md' });
    expect(d.segments[1].text).toBe('Click here or there.');
    expect(marked(d.segments[1], 'link')).toEqual([]);
  });

  it('detects Arabic and Farsi Markdown as the source language', async () => {
    const ar = await importDocument({ bytes: enc('# المقاومة في العراق\n\nقال **قيس الخزعلي** إن *المقاومة* مستمرة.') });
    expect(ar.sourceLang).toBe('ar');
    expect(ar.title).toBe('المقاومة في العراق');
    expect(marked(ar.segments[1], 'bold').map((n) => n.text)).toEqual(['قيس الخزعلي']);
    const fa = await importDocument({ bytes: enc('# کتائب حزب‌الله\n\nگروه‌های *مقاومت* در عراق پیام تازه‌ای منتشر کردند.') });
    expect(fa.sourceLang).toBe('fa');
    expect(fa.title).toBe('کتائب حزب‌الله'); // ZWNJ kept
    expect(marked(fa.segments[1], 'italic').map((n) => n.text)).toEqual(['مقاومت']);
    // An explicit language wins over detection.
    expect((await importDocument({ bytes: enc('قال الخزعلي'), sourceLang: 'en' })).sourceLang).toBe('en');
  });
});

describe('importDocument: HTML pasted from a browser', () => {
  const clipboard = [
    'Version:0.9', 'StartHTML:0000000105', 'EndHTML:0000000999', 'SourceURL:https://www.example.org/ar/policy-analysis/x', '',
    '<html><body><!--StartFragment-->',
    '<h1 style="color:#333">صابرين نيوز تنتقد إيران</h1>',
    '<p dir="rtl"><span style="font-weight:700">عصائب أهل الحق</span> و<a href="/node/16641">كتائب حزب الله</a> تصعّدان&nbsp;خطابهما.</p>',
    '<p dir="rtl">قال <i>قيس الخزعلي</i>:<br>«النصر أو الشهادة»</p>',
    '<figure><img src="x.png"><figcaption>الشكل ١: منشور من حسابات مقربة من الخزعلي</figcaption></figure>',
    '<script>alert(1)</script><nav><a href="/">Home</a></nav>',
    '<!--EndFragment--></body></html>',
  ].join('\r\n');

  it('keeps Arabic text with bold, italic, links, line breaks and captions', async () => {
    const d = await importDocument({ bytes: enc(clipboard), mimeType: 'text/html' });
    expect(d.sourceLang).toBe('ar');
    expect(d.sourceUrl).toBe('https://www.example.org/ar/policy-analysis/x');
    expect(d.title).toBe('صابرين نيوز تنتقد إيران');
    expect(d.segments.map((s) => s.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'caption']);
    const [, p1, p2] = d.segments;
    expect(p1.text).toBe('عصائب أهل الحق وكتائب حزب الله تصعّدان خطابهما.');
    expect(marked(p1, 'bold').map((n) => n.text)).toEqual(['عصائب أهل الحق']);
    expect(marked(p1, 'link')[0].marks?.[0].attrs?.href).toBe('https://www.example.org/node/16641');
    expect(inline(p2).map((n) => n.type)).toContain('hardBreak');
    expect(marked(p2, 'italic').map((n) => n.text)).toEqual(['قيس الخزعلي']);
    expect(d.segments.map((s) => s.text).join()).not.toMatch(/alert|Home/u);
  });

  it('reads Google Docs paste (<b style="font-weight:normal"> wrapper) with Farsi and ZWNJ', async () => {
    const html =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1">' +
      '<p dir="rtl"><span style="font-weight:400">سپاه پاسداران و </span><span style="font-weight:700">نیروی قدس</span>' +
      '<span style="font-style:italic"> می‌گویند</span></p><p dir="rtl"><span>شکل ۲: پیام صابرین نیوز</span></p></b>';
    const d = await importDocument({ bytes: enc(html) });
    expect(d.sourceLang).toBe('fa');
    const p = d.segments.find((s) => s.kind === 'paragraph' || s.kind === 'heading')!;
    expect(p.text).toBe('سپاه پاسداران و نیروی قدس می‌گویند');
    expect(marked(p, 'bold').map((n) => n.text)).toEqual(['نیروی قدس']);
    expect(marked(p, 'italic').map((n) => n.text)).toEqual([' می‌گویند']);
    expect(d.segments.at(-1)?.kind).toBe('caption');
  });

  it('negative: Latin-dominant HTML with an Arabic quote stays English', async () => {
    const d = await importDocument({ bytes: enc('<p>The group wrote “المقاومة” on its channel, said the report today.</p>') });
    expect(d.sourceLang).toBe('en');
  });
});

describe('importDocument: fixtures in other formats', () => {
  const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/import', name));

  it('reads a Word brief: title style, byline, date, bold, italic, link, quote, caption, Arabic and Farsi paragraphs', async () => {
    const d = await importDocument({ bytes: fixture('brief.docx'), fileName: 'brief.docx' });
    expect(d).toMatchObject({ title: 'Rockets Near the Airport Test a Fragile Truce', authors: ['Daniel Okafor', 'Shirin Rahmani'], publishedOn: '2024-04-03', sourceLang: 'en' });
    expect(d.segments.map((s) => s.kind)).toEqual(['heading', 'byline', 'date', 'paragraph', 'quote', 'caption', 'paragraph', 'paragraph']);
    const p = d.segments[3]!;
    expect(marked(p, 'bold').map((n) => n.text)).toEqual(['Kataib Hezbollah']);
    expect(marked(p, 'italic').map((n) => n.text)).toEqual(['muqawama']);
    expect(marked(p, 'link')[0]?.marks?.[0]?.attrs?.href).toBe('https://www.example.org/spotlight/profiles/kataib-hezbollah');
    expect(d.segments[6]!.text).toBe('قالت كتائب حزب الله إنها سترد في الوقت المناسب.');
    expect(d.segments[7]!.text).toBe('کانال\u200cهای نزدیک به کتائب حزب\u200cالله این حمله را جشن گرفتند.'); // ZWNJ kept
  });

  it('reads a saved web page: the article only, links resolved against og:url, unsafe links dropped', async () => {
    const d = await importDocument({ bytes: fixture('saved-page.html'), fileName: 'saved-page.html' });
    expect(d).toMatchObject({ title: 'Rockets Near the Airport Test a Fragile Truce', authors: ['Daniel Okafor', 'Shirin Rahmani'], publishedOn: '2024-04-03', sourceUrl: 'https://www.example.org/spotlight/rockets-near-the-airport' });
    expect(d.segments.map((s) => s.kind)).toEqual(['heading', 'byline', 'date', 'paragraph', 'paragraph', 'quote', 'caption', 'paragraph', 'list-item', 'list-item']);
    expect(marked(d.segments[4]!, 'link')[0]?.marks?.[0]?.attrs?.href).toBe('https://www.example.org/spotlight/profiles/sada-al-jabha');
    expect(marked(d.segments[7]!, 'bold').map((n) => n.text)).toEqual(['Qods Force']); // font-weight:700
    expect(inline(d.segments[7]!).map((n) => n.type)).toContain('hardBreak');
    expect(d.segments[9]!.text).toBe('Whether the rockets came from a known launch site.');
    expect(marked(d.segments[9]!, 'link')).toEqual([]);
    const all = d.segments.map((s) => s.text).join('\n');
    for (const chrome of ['Home', 'Related', 'Privacy', 'analytics', 'العربية', 'Militia Channels Split']) expect(all, chrome).not.toContain(chrome);
  });

  it('reads Arabic plain text saved as UTF-16LE with a byte-order mark', async () => {
    const d = await importDocument({ bytes: fixture('plain-utf16le-bom.txt'), fileName: 'plain-utf16le-bom.txt' });
    expect(d).toMatchObject({ title: 'رسائل القنوات', authors: ['ليلى حداد'], sourceLang: 'ar' });
    expect(d.segments.map((s) => s.text)).toEqual(['رسائل القنوات', 'بقلم ليلى حداد', 'قالت قناة صدى الجبهة إن المقاومة لا تأخذ أوامرها من أي سفارة.']);
  });
});
