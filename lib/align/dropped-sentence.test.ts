import { describe, expect, it } from 'vitest';
import { alignSentences } from './align-sentences';
import type { AlignLink } from './types';

const shape = (links: AlignLink[]) => links.map(({ source, target }) => [source, target]);

// A sentence with its own anchor (a name) that the other side lacks, between two anchored pairs:
// it is a 1–0 (or 0–1), not folded into a neighbour as a 2–1 (1–2).
const EN = [
  'On 12 November, Qais al-Khazali met Iraj Masjedi in Baghdad.',
  'Also Soleimani.',
  'The meeting lasted 3 hours and ended with a statement.',
];
const AR = ['في 12 تشرين الثاني، التقى قيس الخزعلي بإيرج مسجدي في بغداد.', 'استمر الاجتماع 3 ساعات وانتهى ببيان.'];
const FA = ['در ۱۲ نوامبر، قیس الخزعلی با ایرج مسجدی در بغداد دیدار کرد.', 'این دیدار ۳ ساعت طول کشید و با یک بیانیه پایان یافت.'];
// The same sentence merged into the translation (a real 2–1): it stays a merge.
const AR_MERGED = ['في 12 تشرين الثاني، التقى قيس الخزعلي بإيرج مسجدي في بغداد، وكذلك سليماني.', 'استمر الاجتماع 3 ساعات وانتهى ببيان.'];
const FA_MERGED = ['در ۱۲ نوامبر، قیس الخزعلی با ایرج مسجدی در بغداد دیدار کرد و همچنین سلیمانی.', 'این دیدار ۳ ساعت طول کشید و با یک بیانیه پایان یافت.'];

describe('dropped sentences', () => {
  it.each([
    ['ar', 'dropped', AR, [[[0], [0]], [[1], []], [[2], [1]]]],
    ['fa', 'dropped', FA, [[[0], [0]], [[1], []], [[2], [1]]]],
    ['ar', 'merged', AR_MERGED, [[[0, 1], [0]], [[2], [1]]]],
    ['fa', 'merged', FA_MERGED, [[[0, 1], [0]], [[2], [1]]]],
  ] as const)('en-%s, middle sentence %s', (lang, _, target, expected) => {
    expect(shape(alignSentences(EN, [...target], { sourceLang: 'en', targetLang: lang }))).toEqual(expected);
  });

  it.each([
    ['ar', AR],
    ['fa', FA],
  ] as const)('a target sentence missing from the English is a 0–1 (%s as source)', (lang, target) => {
    const links = alignSentences([...target], EN, { sourceLang: lang, targetLang: 'en' });
    expect(shape(links)).toEqual([[[0], [0]], [[], [1]], [[1], [2]]]);
  });
});

describe('second pass band', () => {
  it.each([
    ['ar', 'الفيروس ينتشر في المدينة رقم'],
    ['fa', 'ویروس در شهر شماره پخش می‌شود'],
  ] as const)('a target with a long unmatched tail still covers every index (%s)', (lang, stem) => {
    const en = Array.from({ length: 12 }, (_, k) => `The virus spreads in city number ${k + 1}.`);
    const tg = [...Array.from({ length: 12 }, (_, k) => `${stem} ${k + 1}.`), ...Array.from({ length: 30 }, (_, k) => `ملاحظة ${k + 100}.`)];
    const links = alignSentences(en, tg, { sourceLang: 'en', targetLang: lang });
    expect(links.flatMap((l) => l.target)).toEqual(tg.map((_, k) => k));
    expect(links.slice(0, 12).map((l) => [l.source, l.target])).toEqual(en.map((_, k) => [[k], [k]]));
  });
});
