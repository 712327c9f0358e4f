import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Lang } from '../text/lang';
import { addTerm, buildTermIndex, matchTerms } from './index';
import { referenceIndex, referenceMatch } from './test-reference-matcher';
import type { Concept, Term, TermStatus, TermType } from './types';

// Words the random glossaries and texts share, so that texts are dense with (near) matches.
const WORDS: Record<Lang, string[]> = {
  en: ['Kataib', 'Hezbollah', 'popular', 'mobilization', 'forces', 'unit', 'Qods', 'force', 'al', 'Haq', 'KH', 'PMF', 'us', '10,000', 'resistance'],
  ar: ['مقاومة', 'كتائب', 'حزب', 'الله', 'حشد', 'الشعبي', 'شعبي', 'فيلق', 'القدس', 'وزير', 'زير', 'كتاب', 'ها', 'الوحدة', '١٠٬٠٠٠', 'لله'],
  fa: ['کتاب', 'حزب', 'الله', 'مقاومت', 'نیروی', 'قدس', 'حشد', 'الشعبی', 'کتائب', 'ها', 'های', 'وزیر', 'خانه', '۱۰۰۰۰'],
};
const PROCLITICS = ['', '', '', 'و', 'ف', 'ب', 'ك', 'ل', 'ال', 'وال', 'بال', 'لل', 'فلل', 'وب', 'وك'];
const SUFFIXES = ['', '', '', 'هم', 'ها', 'ه', 'ي', 'نا', 'كما'];
const FA_ENDINGS = ['', '', '', '\u200Cها', '\u200Cهای', '\u200Cهایی', '\u200Cخانه', 'ها'];
const EN_ENDINGS = ['', '', '', '’s', "'s", 'ʼS', 's'];
// Spellings the normalization folds together, and marks it drops.
const VARIANTS: [RegExp, string][] = [[/ي/gu, 'ی'], [/ی/gu, 'ي'], [/ك/gu, 'ک'], [/ک/gu, 'ك'], [/ة/gu, 'ۀ'], [/ا/u, 'أ'], [/ل/u, 'ل\u064E'], [/ب/u, 'بـ']];
const GAPS = [' ', ' ', ' ', '  ', '\u200C', '-', '، ', '. ', ', ', '\u200F ', '\n', ' \u200C'];

const status = fc.constantFrom<TermStatus>('preferred', 'admitted', 'deprecated', 'forbidden');
const type = fc.constantFrom<TermType | undefined>(undefined, undefined, 'acronym', 'abbreviation');

function term(lang: Lang): fc.Arbitrary<Term> {
  return fc
    .tuple(fc.oneof({ weight: 2, arbitrary: fc.array(fc.constantFrom(...WORDS[lang]), { minLength: 1, maxLength: 1 }) }, fc.array(fc.constantFrom(...WORDS[lang]), { minLength: 2, maxLength: 3 })), fc.array(fc.constantFrom(' ', ' ', '\u200C', '-'), { minLength: 2, maxLength: 2 }), status, type, fc.boolean())
    .map(([words, joins, s, t, upper]) => {
      let text = words.map((w, i) => (i === 0 ? w : joins[i - 1]! + w)).join('');
      if (lang === 'en' && upper) text = text.toUpperCase();
      return { lang, text, status: s, ...(t ? { type: t } : {}) };
    });
}

/** Concepts with terms mostly in `lang` (a few in the other languages, which must never match). */
function glossary(lang: Lang): fc.Arbitrary<Concept[]> {
  const any = fc.oneof({ weight: 4, arbitrary: term(lang) }, term('en'), term('ar'), term('fa'));
  return fc
    .array(fc.array(any, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 30 })
    .map((concepts) => concepts.map((terms, i) => ({ id: `c${i}`, terms })));
}

/** One text word or glossary phrase, with clitics, suffixes, plurals, possessives, case and spelling variants. */
function word(lang: Lang, phrases: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...WORDS[lang], ...phrases), fc.constantFrom(...PROCLITICS), fc.constantFrom(...SUFFIXES), fc.constantFrom(...FA_ENDINGS), fc.constantFrom(...EN_ENDINGS), fc.nat(VARIANTS.length + 2), fc.nat(3))
    .map(([w, pre, suf, fa, en, variant, letterCase]) => {
      if (lang === 'en') return (letterCase === 0 ? w.toUpperCase() : letterCase === 1 ? w.toLowerCase() : w) + en;
      let out = w;
      if (lang === 'ar') out = pre + (suf && out.endsWith('ة') ? `${out.slice(0, -1)}ت` : out) + suf;
      else out += fa;
      const v = VARIANTS[variant];
      return v ? out.replace(v[0], v[1]) : out;
    });
}

function text(lang: Lang, phrases: string[] = []): fc.Arbitrary<string> {
  return fc.array(fc.tuple(word(lang, phrases), fc.constantFrom(...GAPS)), { maxLength: 16 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
}

const LANGS: Lang[] = ['en', 'ar', 'fa'];

/** A glossary and texts that quote its terms in `lang` among other words. */
function glossaryAndTexts(lang: Lang, texts: number): fc.Arbitrary<[Concept[], string[]]> {
  return glossary(lang).chain((concepts) => {
    const phrases = concepts.flatMap((c) => c.terms.filter((t) => t.lang === lang).map((t) => t.text));
    return fc.tuple(fc.constant(concepts), fc.array(text(lang, phrases), { minLength: 1, maxLength: texts }));
  });
}

describe('matchTerms against a straightforward reference', () => {
  it.each(LANGS)('gives the same matches on random %s text with clitics, ZWNJ and spelling variants', (lang) => {
    fc.assert(
      fc.property(glossaryAndTexts(lang, 4), ([concepts, texts]) => {
        const index = buildTermIndex(concepts);
        const ref = referenceIndex(concepts);
        // Several texts per index: later ones read words remembered from earlier ones.
        for (const t of texts) expect(matchTerms(index, t, lang)).toEqual(referenceMatch(ref, t, lang));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it.each(LANGS)('stays equal after a glossary edit (%s)', (lang) => {
    fc.assert(
      fc.property(glossaryAndTexts(lang, 1), term(lang), ([concepts, [t]], added) => {
        if (t === undefined) return;
        const index = buildTermIndex(concepts);
        matchTerms(index, t, lang); // remember the words before the edit
        const edit = { ...added, status: 'forbidden' as const }; // appended last, as the reference sorts it
        addTerm(index, 'added', edit);
        expect(matchTerms(index, t, lang)).toEqual(referenceMatch(referenceIndex([...concepts, { id: 'added', terms: [edit] }]), t, lang));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('agrees before and after a text longer than the working arrays it keeps between calls', () => {
    const concepts: Concept[] = [
      { id: 'kh', terms: [{ lang: 'ar', text: 'كتائب حزب الله', status: 'preferred' }] },
      { id: 'res', terms: [{ lang: 'ar', text: 'مقاومة', status: 'preferred' }] },
    ];
    const index = buildTermIndex(concepts);
    const ref = referenceIndex(concepts);
    const short = 'قالت كتائب حزب الله إن المقاومة مستمرة';
    const long = Array.from({ length: 10_000 }, () => short).join(' '); // 70,000 words
    for (const t of [short, long, short]) expect(matchTerms(index, t, 'ar')).toEqual(referenceMatch(ref, t, 'ar'));
  }, 60_000);
});
