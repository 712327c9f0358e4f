import { describe, expect, it } from 'vitest';
import type { Lang } from '../text/lang';
import { addTerm, buildTermIndex, matchTerms } from './index';
import type { Concept } from './types';

const found = (index: ReturnType<typeof buildTermIndex>, text: string, lang: Lang) =>
  matchTerms(index, text, lang).map((m) => [m.text, m.conceptId]);

describe('word forms remembered per index', () => {
  it.each<[Lang, string, string, string, [string, string][]]>([
    ['en', 'Kataib Hezbollah', 'KH’s men and Kataib Hezbollah', 'KH', [['KH’s', 'new'], ['Kataib Hezbollah', 'kh']]],
    ['ar', 'كتائب حزب الله', 'بالمقاومة وكتائب حزب الله', 'مقاومة', [['بالمقاومة', 'new'], ['وكتائب حزب الله', 'kh']]],
    ['fa', 'کتائب حزب‌الله', 'کتاب‌ها و کتائب حزب‌الله', 'کتاب', [['کتاب‌ها', 'new'], ['کتائب حزب‌الله', 'kh']]],
  ])('%s: a word unknown in one call is found once addTerm adds it', (lang, known, text, added, after) => {
    const index = buildTermIndex([{ id: 'kh', terms: [{ lang, text: known, status: 'preferred' }] }]);
    const before = found(index, text, lang);
    expect(before).toEqual([after[1]]);
    expect(found(index, text, lang)).toEqual(before); // a second call (forms from the cache) agrees
    addTerm(index, 'new', { lang, text: added, status: 'preferred', ...(added === 'KH' ? { type: 'acronym' as const } : {}) });
    expect(found(index, text, lang)).toEqual(after);
  });

  it.each<[Lang, string, string]>([
    ['en', 'Kataib Hezbollah', 'the kataib hezbollah'],
    ['ar', 'الحشد الشعبي', 'قال الحشد الشعبي'],
    ['fa', 'حشد الشعبی', 'گفت حشد الشعبي'],
  ])('%s: an index built empty grows term by term', (lang, term, text) => {
    const index = buildTermIndex([]);
    for (let i = 0; i < 200; i++) addTerm(index, `filler-${i}`, { lang, text: `${term} ${i}`, status: 'preferred' });
    expect(found(index, text, lang)).toEqual([]); // only longer terms share its words
    addTerm(index, 'it', { lang, text: term, status: 'preferred' });
    expect(found(index, text, lang)).toEqual([[text.slice(text.indexOf(' ') + 1), 'it']]);
  });

  it.each<[Lang, string, string, string]>([
    ['en', 'resistance', 'resistance', 'ab'],
    ['ar', 'مقاومة', 'والمقاومة', 'بت'],
    ['fa', 'مقاومت', 'مقاومت‌ها', 'پژ'],
  ])('%s: still exact after more distinct words than the cache keeps', (lang, term, occurrence, letters) => {
    const concepts: Concept[] = [{ id: 'res', terms: [{ lang, text: term, status: 'preferred' }] }];
    const index = buildTermIndex(concepts);
    // 25,000 distinct made-up words (base-2 spellings of numbers in two letters), then the term.
    const words = Array.from({ length: 25_000 }, (_, i) => [...i.toString(2)].map((b) => letters[Number(b)]).join('') + letters[0]);
    const text = `${words.join(' ')} ${occurrence} ${words.slice(0, 100).join(' ')} ${occurrence}`;
    const matches = matchTerms(index, text, lang);
    expect(matches.map((m) => m.text)).toEqual([occurrence, occurrence]);
    expect(matchTerms(index, text, lang)).toEqual(matches);
  });
});
