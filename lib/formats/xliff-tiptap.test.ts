import { describe, expect, it } from 'vitest';
import type { PmNode } from '../documents/types';
import { parseXliff, validateXliff, writeXliff } from './xliff';
import { plainText, pmToXliff, xliffToPm } from './xliff-tiptap';
import { utf8 } from './test-data';

const doc = (...content: PmNode[]): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content }] });
const t = (text: string, ...marks: PmNode['marks'] & object): PmNode => (marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
const bold = { type: 'bold' };
const italic = { type: 'italic' };
const link = (href: string) => ({ type: 'link', attrs: { href } });
const term = (conceptId: string) => ({ type: 'glossaryTerm', attrs: { conceptId } });

describe('Tiptap <-> XLIFF inline', () => {
  it.each<[string, PmNode, string]>([
    ['English with bold and a link', doc(t('Sabereen News ', bold), t('criticizes', bold, italic), t(' Iran, see '), t('the brief', link('https://www.washingtoninstitute.org/?a=1&b=2'))), 'Sabereen News criticizes Iran, see the brief'],
    ['Arabic with a glossary term inside bold', doc(t('انتقدت '), t('كتائب حزب الله', bold, term('kataib-hezbollah')), t(' إيران.')), 'انتقدت كتائب حزب الله إيران.'],
    ['Farsi with ZWNJ, italic and a term', doc(t('نیروی‌قدس', italic, term('qods force/IRGC')), t(' و '), t('سپاه', link('https://fa.example/x'), term('irgc'))), 'نیروی‌قدس و سپاه'],
    ['a hard break and two paragraphs', { type: 'doc', content: [{ type: 'paragraph', content: [t('line'), { type: 'hardBreak' }, t('سطر', bold)] }, { type: 'paragraph', content: [t('دوم')] }] }, 'line\nسطر\nدوم'],
    ['no marks at all (negative row)', doc(t('plain متن')), 'plain متن'],
  ])('%s survives Tiptap -> XLIFF -> Tiptap and a file round trip', (_name, pm, text) => {
    const inline = pmToXliff(pm);
    expect(xliffToPm(inline)).toStrictEqual(pm);
    expect(plainText(pm)).toBe(text);
    expect(plainText(inline)).toBe(text);
    const xml = writeXliff({ version: '2.1', srcLang: 'en', trgLang: 'ar', files: [{ id: 'f', notes: [], units: [{ id: 'u', notes: [], segments: [{ source: inline, target: inline }] }] }] });
    expect(validateXliff(utf8(xml))).toMatchObject({ valid: true, errors: [] });
    const back = parseXliff(utf8(xml)).files[0]!.units[0]!.segments[0]!;
    expect(xliffToPm(back.target!)).toStrictEqual(pm);
  });
  it('writes marks as pc/mrk with their attributes kept', () => {
    const inline = pmToXliff(doc(t('KH', bold, term('kh')), t(' & '), t('link', link('https://x.test/?q="1"'))));
    expect(inline).toStrictEqual([
      { kind: 'mrk', id: 'm1', attrs: { type: 'term', ref: 'urn:tarjuman:concept:kh' }, content: [{ kind: 'pc', id: '1', attrs: { type: 'fmt', subType: 'xlf:b' }, content: [{ kind: 'text', text: 'KH' }] }] },
      { kind: 'text', text: ' & ' },
      { kind: 'pc', id: '2', attrs: { type: 'link', 'tj:href': 'https://x.test/?q="1"' }, content: [{ kind: 'text', text: 'link' }] },
    ]);
  });
  it('gives a source with a line break and a target with bold, converted apart, ids of one kind each', () => {
    const source = pmToXliff({ type: 'doc', content: [{ type: 'paragraph', content: [t('Badr'), { type: 'hardBreak' }, t('Organization')] }] });
    const target = pmToXliff(doc(t('منظمة ', bold), t('بدر')));
    const xml = writeXliff({ version: '2.1', srcLang: 'en', trgLang: 'ar', files: [{ id: 'f', notes: [], units: [{ id: 'u', notes: [], segments: [{ source, target }] }] }] });
    expect(validateXliff(utf8(xml))).toMatchObject({ valid: true, errors: [] });
  });
  it('keeps extra attributes and unknown marks through tj:attrs / tj:mark', () => {
    const pm = doc(t('x', { type: 'link', attrs: { href: '/a', target: '_blank', rel: null } }), t('y', { type: 'underline' }));
    expect(xliffToPm(pmToXliff(pm))).toStrictEqual(pm);
  });
  it('ignores codes it does not know when converting foreign XLIFF (text kept)', () => {
    const pm = xliffToPm([{ kind: 'sc', id: '1' }, { kind: 'text', text: 'عصائب' }, { kind: 'ec', startRef: '1' }, { kind: 'mrk', id: 'm', attrs: { type: 'comment', value: 'c' }, content: [{ kind: 'text', text: ' أهل الحق' }] }]);
    expect(pm).toStrictEqual(doc(t('عصائب أهل الحق')));
  });
});
