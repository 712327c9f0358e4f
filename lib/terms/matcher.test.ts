import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Lang } from '../text/lang';
import { buildTermIndex, matchTerms, termKey } from './index';
import type { Concept, TermStatus, TermType } from './types';

const t = (lang: Lang, text: string, status: TermStatus = 'preferred', type?: TermType) => ({ lang, text, status, ...(type ? { type } : {}) });

const GLOSSARY: Concept[] = [
  { id: 'resistance', terms: [t('en', 'resistance'), t('ar', 'مقاومة'), t('fa', 'مقاومت')] },
  { id: 'kh', terms: [t('en', 'Kataib Hezbollah'), t('en', 'KH', 'preferred', 'acronym'), t('ar', 'كتائب حزب الله'), t('fa', 'کتائب حزب‌الله')] },
  { id: 'hezbollah', terms: [t('en', 'Hezbollah'), t('ar', 'حزب الله'), t('fa', 'حزب‌الله')] },
  { id: 'aah', terms: [t('en', 'Asaib Ahl al-Haq'), t('en', 'AAH', 'preferred', 'acronym'), t('ar', 'عصائب أهل الحق')] },
  { id: 'pmf', terms: [t('en', 'Popular Mobilization Forces'), t('en', 'PMF'), t('ar', 'الحشد الشعبي'), t('fa', 'حشد الشعبی')] },
  { id: 'god', terms: [t('ar', 'الله')] },
  { id: 'qods', terms: [t('en', 'Qods Force'), t('ar', 'فيلق القدس'), t('fa', 'نیروی قدس')] },
  { id: 'book', terms: [t('fa', 'کتاب'), t('ar', 'كتاب')] },
  { id: 'unit', terms: [t('en', 'Unit 10,000'), t('ar', 'الوحدة ١٠٬٠٠٠')] },
  { id: 'guard', terms: [t('en', 'militia', 'deprecated'), t('ar', 'ميليشيا', 'forbidden')] },
];
const index = buildTermIndex(GLOSSARY);
const found = (text: string, lang: Lang) => matchTerms(index, text, lang).map((m) => [m.text, m.conceptId]);

describe('matchTerms', () => {
  it.each<[string, Lang, string, [string, string][]]>([
    // Arabic proclitics and the article
    ['article', 'ar', 'المقاومة', [['المقاومة', 'resistance']]],
    ['bi + article', 'ar', 'بالمقاومة', [['بالمقاومة', 'resistance']]],
    ['li + article (لل)', 'ar', 'للمقاومة', [['للمقاومة', 'resistance']]],
    ['wa + article', 'ar', 'والمقاومة', [['والمقاومة', 'resistance']]],
    ['fa + li + article', 'ar', 'فللمقاومة', [['فللمقاومة', 'resistance']]],
    ['diacritics and tatweel', 'ar', 'المُقَاوَمَـــة', [['المُقَاوَمَـــة', 'resistance']]],
    ['Farsi spelling of an Arabic term', 'ar', 'کتائب حزب الله', [['کتائب حزب الله', 'kh']]],
    ['article on each word of a multi-word term', 'ar', 'حشد شعبي والحشد الشعبي', [['حشد شعبي', 'pmf'], ['والحشد الشعبي', 'pmf']]],
    ['pronoun suffix with ة→ت', 'ar', 'مقاومتهم ومقاومته ومقاومتنا', [['مقاومتهم', 'resistance'], ['ومقاومته', 'resistance'], ['ومقاومتنا', 'resistance']]],
    ['longest first', 'ar', 'وكتائب حزب الله', [['وكتائب حزب الله', 'kh']]],
    ['ZWNJ joins like a space', 'ar', 'حزب‌الله', [['حزب‌الله', 'hezbollah']]],
    ['numbers by value across digit systems', 'ar', 'الوحدة 10000', [['الوحدة 10000', 'unit']]],
    ['wa + الله', 'ar', 'والله', [['والله', 'god']]],
    // Farsi
    ['ZWNJ and space spellings meet', 'fa', 'حزب الله و حزب‌الله', [['حزب الله', 'hezbollah'], ['حزب‌الله', 'hezbollah']]],
    ['Arabic yeh in a Farsi term', 'fa', 'حشد الشعبي', [['حشد الشعبي', 'pmf']]],
    ['plural ها after ZWNJ', 'fa', 'کتاب‌ها', [['کتاب‌ها', 'book']]],
    ['plural های after ZWNJ', 'fa', 'کتاب‌های من', [['کتاب‌های', 'book']]],
    ['longest first in Farsi', 'fa', 'کتائب حزب‌الله', [['کتائب حزب‌الله', 'kh']]],
    ['Arabic kaf in Farsi text', 'fa', 'كتاب', [['كتاب', 'book']]],
    // English
    ['longest first: Kataib Hezbollah is one match', 'en', 'Kataib Hezbollah and Hezbollah', [['Kataib Hezbollah', 'kh'], ['Hezbollah', 'hezbollah']]],
    ['apostrophe folded', 'en', 'Kata’ib Hezbollah', [['Kata’ib Hezbollah', 'kh']]],
    ['case-insensitive full forms', 'en', 'popular mobilization forces', [['popular mobilization forces', 'pmf']]],
    ['acronyms in capitals', 'en', 'KH, AAH and PMF', [['KH', 'kh'], ['AAH', 'aah'], ['PMF', 'pmf']]],
    ['possessive', 'en', 'KH’s cell', [['KH’s', 'kh']]],
    ['hyphen variants', 'en', 'Asaib Ahl al‑Haq', [['Asaib Ahl al‑Haq', 'aah']]],
    ['number in a term', 'en', 'Unit 10,000 posted', [['Unit 10,000', 'unit']]],
  ])('%s (%s)', (_name, lang, text, expected) => {
    expect(found(text, lang)).toEqual(expected);
  });

  it.each<[string, Lang, string]>([
    ['لله is not الله', 'ar', 'لله'],
    ['القدس alone is not فيلق القدس', 'ar', 'القدس'],
    ['a remainder too short is not stripped', 'ar', 'بمق'],
    ['a word that only contains the term', 'ar', 'مقاومات'],
    ['a ZWNJ compound that is not a plural', 'fa', 'کتاب‌خانه'],
    ['no match from the middle of a ZWNJ word', 'fa', 'نیم‌کتاب'],
    ['Farsi plural without ZWNJ is not stretched', 'fa', 'کتابها'],
    ['acronym in lower case', 'en', 'kh aah pmf'],
    ['acronym in title case', 'en', 'Kh'],
    ['terms are not joined across a full stop', 'en', 'Popular. Mobilization Forces'],
    ['words across a comma', 'en', 'Qods, Force'],
    ['a term inside a longer word', 'en', 'Hezbollahi'],
    ['other languages are not matched', 'en', 'مقاومة'],
  ])('negative: %s (%s)', (_name, lang, text) => {
    expect(found(text, lang)).toEqual([]);
  });

  // Several candidates on the same words: the unstripped form, then the best status, then letter case.
  const SAME_WORDS: Concept[] = [
    { id: 'pot', terms: [t('ar', 'زير')] },
    { id: 'minister', terms: [t('ar', 'وزير'), t('fa', 'وزیر')] },
    { id: 'pmf-acronym', terms: [t('en', 'PMF', 'preferred', 'acronym')] },
    { id: 'pmf-lower', terms: [t('en', 'pmf', 'deprecated'), t('ar', 'حشد', 'deprecated'), t('fa', 'حشد', 'forbidden')] },
    { id: 'hashd', terms: [t('ar', 'حشد', 'admitted'), t('fa', 'حشد', 'admitted')] },
  ];
  const same = buildTermIndex(SAME_WORDS);
  it.each<[string, Lang, string, [string, string][]]>([
    ['the unstripped word wins over و + a known stem', 'ar', 'وزير الزير', [['وزير', 'minister'], ['الزير', 'pot']]],
    ['a stripped stem still matches with proclitics', 'ar', 'والزير', [['والزير', 'pot']]],
    ['best status among concepts on the same words', 'ar', 'الحشد', [['الحشد', 'hashd']]],
    ['best status in Farsi', 'fa', 'حشد وزير', [['حشد', 'hashd'], ['وزير', 'minister']]],
    ['an acronym listed first still wins in capitals', 'en', 'PMF', [['PMF', 'pmf-acronym']]],
    ['the next entry when the first must match case', 'en', 'pmf Pmf', [['pmf', 'pmf-lower'], ['Pmf', 'pmf-lower']]],
    ['possessive with a capital S', 'en', 'PMF’S and PMF\'s', [['PMF’S', 'pmf-acronym'], ['PMF\'s', 'pmf-acronym']]],
    ['no possessive without the apostrophe', 'en', 'PMFs', []],
  ])('same words: %s (%s)', (_name, lang, text, expected) => {
    expect(matchTerms(same, text, lang).map((m) => [m.text, m.conceptId])).toEqual(expected);
  });

  it('reports concept, glossary term, language and status', () => {
    expect(matchTerms(index, 'هذه الميليشيا', 'ar')).toEqual([
      { start: 4, end: 13, text: 'الميليشيا', conceptId: 'guard', term: 'ميليشيا', lang: 'ar', status: 'forbidden' },
    ]);
  });

  it('gives offsets that slice the original text to the match text', () => {
    const words = ['والمقاومة', 'حزب\u200Cالله', 'کتاب‌ها', 'KH’s', 'Kataib Hezbollah', 'المُقَاوَمَـة', '١٠٬٠٠٠', 'الوحدة', '\u200F', ' ', '، ', '😀', 'PMF', 'حشد الشعبی'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 20 }), fc.constantFrom<Lang>('en', 'ar', 'fa'), (parts, lang) => {
        const text = parts.join(' ');
        const matches = matchTerms(index, text, lang);
        let end = 0;
        for (const m of matches) {
          if (text.slice(m.start, m.end) !== m.text || m.start < end) return false;
          end = m.end;
        }
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  it('matches one segment without reading the others', () => {
    const doc = ['Kataib Hezbollah met.', 'The PMF answered.'];
    const before = doc.map((s) => matchTerms(index, s, 'en'));
    doc[1] = 'The Qods Force answered.';
    expect(matchTerms(index, doc[1]!, 'en').map((m) => m.conceptId)).toEqual(['qods']);
    expect(matchTerms(index, doc[0]!, 'en')).toEqual(before[0]);
  });
});

describe('termKey', () => {
  it.each<[Lang, string, string]>([
    ['ar', 'حزب‌الله', 'حزب الله'],
    ['fa', 'کتائب', 'كتائب'],
    ['en', 'Kata’ib Ḥizballāh', 'kataib hizballah'],
  ])('normalizes %s terms for search', (lang, text, key) => {
    expect(termKey(text, lang)).toBe(key);
  });
});
