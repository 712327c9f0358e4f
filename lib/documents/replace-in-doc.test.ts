import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replaceAllInText } from '../text/find-replace';
import type { Lang } from '../text/lang';
import { plainText } from './plain-text';
import { findInDoc, replaceInDoc } from './replace-in-doc';
import type { PmMark, PmNode } from './types';

const t = (text: string, ...marks: PmMark[]): PmNode => (marks.length ? { type: 'text', text, marks } : { type: 'text', text });
const doc = (...paragraphs: PmNode[][]): PmNode => ({ type: 'doc', content: paragraphs.map((content) => ({ type: 'paragraph', content })) });
const bold: PmMark = { type: 'bold' };
const italic: PmMark = { type: 'italic' };
const locked: PmMark = { type: 'originalWording', attrs: { lang: 'ar', quoteId: 7 } };
const term: PmMark = { type: 'glossaryTerm', attrs: { conceptId: 'c-12' } };

/** Each UTF-16 unit of plainText(doc) with the names of its marks, to compare formatting. */
const styled = (d: PmNode): string[] =>
  (d.content ?? []).flatMap((b, i) => [
    ...(i > 0 ? ['\n:'] : []),
    ...(b.content ?? []).flatMap((n) => Array.from(n.text ?? '\n', (c) => `${c}:${(n.marks ?? []).map((m) => m.type).join('+')}`)),
  ]);

function replace(d: PmNode, query: string, replacement: string, lang: Lang) {
  return replaceInDoc(d, findInDoc(d, query, lang, { wholeWord: true }), replacement);
}

describe('replaceInDoc', () => {
  it('ar: keeps the proclitic and the marks of untouched text; the new words take the marks of the replaced ones', () => {
    const d = doc([t('قال '), t('والمقاومة', bold), t(' إن '), t('المقاومة', italic), t(' باقية.')]);
    const r = replace(d, 'مقاومة', 'المقاومة الإسلامية', 'ar');
    expect(r.text).toBe('قال والمقاومة الإسلامية إن المقاومة الإسلامية باقية.');
    expect(r.doc.content![0]!.content).toEqual([
      t('قال '), t('و', bold), t('المقاومة الإسلامية', bold), t(' إن '), t('المقاومة الإسلامية', italic), t(' باقية.'),
    ]);
    expect(r.replaced).toHaveLength(2);
    expect(d.content![0]!.content![1]).toEqual(t('والمقاومة', bold)); // the input is not changed
  });

  it('ar: leaves a locked original untouched and reports it', () => {
    const d = doc([t('«'), t('المقاومة الإسلامية', locked), t('» أي والمقاومة')]);
    const r = replace(d, 'مقاومة', 'نضال', 'ar');
    expect(r.text).toBe('«المقاومة الإسلامية» أي والنضال');
    expect(r.skipped.map((s) => [s.reason, plainText(d).slice(s.hit.start, s.hit.end)])).toEqual([['locked', 'المقاومة']]);
    expect(r.doc.content![0]!.content![1]).toEqual(t('المقاومة الإسلامية', locked));
  });

  it('fa: keeps the plural after ZWNJ and the italic of the word', () => {
    const d = doc([t('کتاب', italic), t('‌ها و کتاب')]);
    const r = replace(d, 'کتاب', 'دفتر', 'fa');
    expect(r.text).toBe('دفتر‌ها و دفتر');
    expect(r.doc.content![0]!.content).toEqual([t('دفتر', italic), t('‌ها و '), t('دفتر')]);
  });

  it('fa: a query without ZWNJ replaces the ZWNJ-joined word', () => {
    const d = doc([t('حزب‌الله', bold), t(' گفت')]);
    expect(replace(d, 'حزبالله', 'حزب‌الله لبنان', 'fa').doc.content![0]!.content).toEqual([t('حزب‌الله لبنان', bold), t(' گفت')]);
  });

  it('en: words across differently marked nodes get the shared marks; a glossary link is not inherited', () => {
    const d = doc([t('The '), t('Kataib', bold, italic), t(' Hezbollah', bold, term), t(' said.')]);
    const r = replace(d, 'kataib hezbollah', 'KH', 'en');
    expect(r.doc.content![0]!.content).toEqual([t('The '), t('KH', bold), t(' said.')]);
    const linked = replace(doc([t('Hezbollah', term)]), 'hezbollah', 'Hizballah', 'en');
    expect(linked.doc.content![0]!.content).toEqual([t('Hizballah')]);
  });

  it('skips hits across a line break or between paragraphs; works in every paragraph', () => {
    const d: PmNode = doc([t('Kataib'), { type: 'hardBreak' }, t('Hezbollah')], [t('Kataib Hezbollah')], [t('Kataib')], [t('Hezbollah Kataib Hezbollah')]);
    const r = replace(d, 'Kataib Hezbollah', 'KH', 'en');
    expect(r.text).toBe('Kataib\nHezbollah\nKH\nKataib\nHezbollah KH');
    expect(r.skipped.map((s) => s.reason)).toEqual(['crosses-nodes', 'crosses-nodes']);
  });

  it('property: the new text is what replacing in the plain text gives, and untouched characters keep their marks', () => {
    const pieces = ['و', 'المقاومة', 'مقاومة', ' ', 'کتاب', '\u200cها', 'Hezbollah', ', '];
    const nodeArb = fc.record({
      text: fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 }).map((p) => p.join('')),
      marks: fc.subarray([bold, italic]),
    });
    const docArb = fc.array(fc.array(nodeArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }).map((ps) => doc(...ps.map((p) => p.map((n) => t(n.text, ...n.marks)))));
    fc.assert(
      fc.property(docArb, fc.constantFrom('مقاومة', 'المقاومة', 'کتاب', 'hezbollah'), fc.constantFrom<Lang>('ar', 'fa', 'en'), (d, query, lang) => {
        const r = replace(d, query, query, lang);
        expect(r.skipped).toEqual([]);
        expect(r.text).toBe(replaceAllInText(plainText(d), query, query, lang, { wholeWord: true }).text);
        // The literal query replaced by itself: same text, and every character outside the hits keeps its marks.
        const literal = replaceInDoc(d, findInDoc(d, query, lang, { fold: false, matchCase: true }), query);
        expect(literal.text).toBe(plainText(d));
        const before = styled(d);
        const after = styled(literal.doc);
        const inHit = (i: number) => literal.replaced.some((h) => h.start <= i && i < h.end);
        before.forEach((c, i) => inHit(i) || expect(after[i]).toBe(c));
        if (literal.replaced.length === 0) expect(literal.doc).toBe(d);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});
