import { describe, expect, it } from 'vitest';
import type { Lang } from '../../text/lang';
import { qaContext } from '../run';
import { MILITIA_GLOSSARY } from '../test-glossary';
import { seg } from '../test-helpers';
import { termMissing } from './term-missing';

const missing = (source: string, target: string, lang: Lang, from: Lang = 'en') =>
  termMissing.run(seg(source, target), qaContext(from, lang, MILITIA_GLOSSARY)).map((f) => f.params);

describe('term-missing', () => {
  it.each([
    {
      name: 'Qods Force paraphrased in Arabic',
      lang: 'ar',
      source: 'a senior Qods Force officer',
      target: 'ضابط كبير في الحرس',
      expected: [{ conceptId: 'qods-force', term: 'Qods Force', expected: 'فيلق القدس' }],
    },
    {
      name: 'the deprecated Arabic term does not satisfy the concept',
      lang: 'ar',
      source: 'a senior Qods Force officer',
      target: 'ضابط كبير في قوة القدس',
      expected: [{ conceptId: 'qods-force', term: 'Qods Force', expected: 'فيلق القدس' }],
    },
    {
      name: 'muqawama as “resistance” in Farsi',
      lang: 'fa',
      source: 'the Iraqi muqawama (resistance)',
      target: 'ایستادگی عراق',
      expected: [{ conceptId: 'muqawama', term: 'muqawama', expected: 'مقاومت' }],
    },
    {
      name: 'acronym in the source, nothing in the Farsi target',
      lang: 'fa',
      source: 'KH reposted the message.',
      target: 'این گروه پیام را بازنشر کرد.',
      expected: [{ conceptId: 'kataib-hezbollah', term: 'KH', expected: 'کتائب حزب‌الله' }],
    },
    {
      name: 'Arabic source into English',
      lang: 'en',
      from: 'ar',
      source: 'وانتقد فيلق القدس',
      target: 'and criticized the Guard',
      expected: [{ conceptId: 'qods-force', term: 'فيلق القدس', expected: 'Qods Force' }],
    },
  ] as const)('flags $name', ({ lang, source, target, expected, ...rest }) => {
    expect(missing(source, target, lang, 'from' in rest ? rest.from : 'en')).toEqual(expected);
  });

  it.each([
    { name: 'Arabic with a conjunction clitic', lang: 'ar', source: 'and the Qods Force', target: 'وفيلق القدس' },
    { name: 'Arabic with article and preposition', lang: 'ar', source: 'the muqawama', target: 'بالمقاومة العراقية' },
    { name: 'Arabic with a possessive suffix', lang: 'ar', source: 'our muqawama', target: 'مقاومتنا' },
    { name: 'Farsi with ZWNJ plural', lang: 'fa', source: 'the muqawama groups', target: 'مقاومت‌ها' },
    { name: 'Farsi written with a space for the ZWNJ', lang: 'fa', source: 'Kataib Hezbollah', target: 'کتائب حزب الله' },
    { name: 'Farsi admitted term', lang: 'fa', source: 'Quds Force', target: 'سپاه قدس' },
    { name: 'acronym source, full-form Arabic target', lang: 'ar', source: 'KH’s cell', target: 'خلية كتائب حزب الله' },
    { name: 'concept without an Arabic equivalent', lang: 'ar', source: 'Militia Spotlight', target: 'منصة رصد الميليشيات' },
    { name: 'no glossary term in the source', lang: 'fa', source: 'The post was later deleted.', target: 'پست بعداً حذف شد.' },
  ] as const)('passes $name', ({ lang, source, target }) => {
    expect(missing(source, target, lang)).toEqual([]);
  });

  it('is silent without a glossary and for an empty target', () => {
    expect(termMissing.run(seg('Qods Force', 'شيء'), qaContext('en', 'ar'))).toEqual([]);
    expect(termMissing.run(seg('Qods Force', ''), qaContext('en', 'ar', MILITIA_GLOSSARY))).toEqual([]);
  });
});
