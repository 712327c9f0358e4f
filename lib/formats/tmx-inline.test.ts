import { describe, expect, it } from 'vitest';
import type { PmNode } from '../documents/types';
import { plainText } from '../documents/plain-text';
import { tmxProblems } from './tmx-check';
import { hasInline, pmToTmxSeg, tmxSegToPm } from './tmx-inline';
import { readTmx } from './tmx-read';
import { writeTmx } from './tmx-write';

const para = (...content: PmNode[]): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content }] });
const text = (t: string, ...marks: PmNode['marks'] & object): PmNode => (marks.length > 0 ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const bold = { type: 'bold' };
const italic = { type: 'italic' };
const link = { type: 'link', attrs: { href: 'https://example.org/?a=1&b="2"', target: '_blank', rel: 'noopener noreferrer nofollow', class: null } };
const term = { type: 'glossaryTerm', attrs: { conceptId: 'c-42' } };
const original = { type: 'originalWording', attrs: { lang: 'ar', quoteId: 7 } };

/** A file of one unit whose target is `doc`, as our export writes it. */
const fileOf = (doc: PmNode) =>
  writeTmx({ attrs: { srclang: 'en' } }, [{ attrs: { tuid: 't1', creationdate: '20240101T000000Z' }, variants: [{ lang: 'en', text: 'x' }, { lang: 'ar', text: plainText(doc), inline: pmToTmxSeg(doc) }] }]);

const ROWS: [string, PmNode][] = [
  ['English bold and italic', para(text('Kataib Hezbollah', bold), text(' promised '), text('a response', italic), text('.'))],
  ['Arabic with a link and overlapping bold', para(text('توعّدت '), text('كتائب ', bold), text('حزب الله', bold, link), text(' بالرد', link), text('.'))],
  ['Arabic glossary term and original wording', para(text('قال إن '), text('المقاومة', term), text(' «'), text('باقية', original), text('».'))],
  ['Farsi with ZWNJ, a hard break and a second block', { type: 'doc', content: [
    { type: 'paragraph', content: [text('حزب‌الله', bold), { type: 'hardBreak' }, text('می‌گوید ۳ نفر کشته شدند.')] },
    { type: 'paragraph', content: [text('پاراگراف دوم', italic)] },
  ] }],
];

describe('pmToTmxSeg / tmxSegToPm', () => {
  it.each(ROWS)('%s: written as TMX 1.4b codes and read back to the same marks', (_name, doc) => {
    expect(hasInline(doc)).toBe(true);
    const xml = fileOf(doc);
    expect(tmxProblems(xml)).toEqual([]);
    const variant = readTmx(xml).units[0]!.variants[1]!;
    expect(variant.text).toBe(plainText(doc)); // the flattened text is the editor's text (ZWNJ kept)
    expect(tmxSegToPm(variant.inline!)).toEqual(doc);
  });

  it('writes bpt/ept pairs with i and x and the standard types, native code escaped', () => {
    const seg = pmToTmxSeg(para(text('A', bold), text('B', bold, link), text('C')));
    expect(seg).toBe(
      '<bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>A<bpt i="2" x="2" type="link">&lt;a href=&quot;https://example.org/?a=1&amp;amp;b=&amp;quot;2&amp;quot;&quot; data-attrs=&quot;{&amp;quot;target&amp;quot;:&amp;quot;_blank&amp;quot;,&amp;quot;rel&amp;quot;:&amp;quot;noopener noreferrer nofollow&amp;quot;,&amp;quot;class&amp;quot;:null}&quot;&gt;</bpt>B<ept i="2">&lt;/a&gt;</ept><ept i="1">&lt;/b&gt;</ept>C',
    );
  });

  it('plain text needs no codes', () => {
    expect(hasInline(para(text('لم يتبنَّ أحد الضربة.')))).toBe(false);
  });

  it('reads other tools\' standard codes, and refuses what it cannot place', () => {
    expect(tmxSegToPm('<bpt i="1" type="bold">{\\b}</bpt>Kataib<ept i="1">{\\b0}</ept> said')).toEqual(para(text('Kataib', bold), text(' said')));
    expect(tmxSegToPm('<bpt i="1" type="ulined">&lt;u&gt;</bpt>خط<ept i="1">&lt;/u&gt;</ept>')).toEqual(para(text('خط', { type: 'underline' })));
    expect(tmxSegToPm('<it pos="begin" x="2">&lt;i&gt;</it>opens')).toBeNull();
    expect(tmxSegToPm('<bpt i="1">&lt;cf bold="True"&gt;</bpt>x<ept i="1">&lt;/cf&gt;</ept>')).toBeNull(); // no type
    expect(tmxSegToPm('<bpt i="1" type="bold">&lt;b&gt;</bpt>unclosed')).toBeNull();
    expect(tmxSegToPm('<hi type="term">المقاومة</hi>')).toBeNull();
    expect(tmxSegToPm('<bpt i="1" type="x-term">&lt;span&gt;</bpt>t<ept i="1">&lt;/span&gt;</ept>')).toBeNull(); // a term without our concept
  });
});

describe('tmxProblems', () => {
  it('finds what the spec forbids', () => {
    const bad = `<tmx version="1.4"><header srclang="en" creationdate="2024-01-01"/><body><tu tuid="1" foo="x"><tuv xml:lang="en"><seg><bpt i="a">x</bpt><ept i="2"/><ph i="3"/></seg></tuv><tuv><seg>y</seg><prop type="late">z</prop></tuv></tu></body></tmx>`;
    const problems = tmxProblems(bad).join('\n');
    for (const p of ['header lacks creationtool', 'header lacks datatype', 'creationdate 2024-01-01', 'tu attribute foo', 'bpt i="a" is not a number', 'ept i="2" without its bpt', 'ph attribute i', 'tuv without xml:lang', 'prop after seg', 'bpt i="a" without its ept']) {
      expect(problems).toContain(p);
    }
  });
});
