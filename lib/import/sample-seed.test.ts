import { describe, expect, it } from 'vitest';
import { originalsForQuotes, parseSampleSidecar, SampleSeedError, targetsForSegments, type SampleQuote } from './sample-seed';

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof SampleSeedError) return err.params.reason;
    throw err;
  }
  return 'no error';
}

describe('parseSampleSidecar', () => {
  it('reads quotes and targets, with empty lists when left out', () => {
    expect(parseSampleSidecar('{}')).toEqual({ quotes: [], targets: [] });
    const s = parseSampleSidecar(JSON.stringify({ quotes: [{ en: 'we stay', lang: 'fa', original: 'ما می‌مانیم', postedOn: '2024-03-05' }] }));
    expect(s.quotes[0]!.original).toBe('ما می\u200cمانیم');
  });
  it.each([
    ['not JSON', '{quotes: []}', 'json'],
    ['an unknown language', JSON.stringify({ quotes: [{ en: 'x', lang: 'ur', original: 'y' }] }), 'shape'],
    ['a date that is no date', JSON.stringify({ quotes: [{ en: 'x', lang: 'ar', original: 'ص', postedOn: '5 March' }] }), 'shape'],
    ['an unknown field', JSON.stringify({ quotes: [], extra: 1 }), 'shape'],
    ['an empty original', JSON.stringify({ quotes: [{ en: 'x', lang: 'ar', original: '' }] }), 'shape'],
  ])('refuses %s', (_name, text, reason) => {
    expect(reasonOf(() => parseSampleSidecar(text))).toBe(reason);
  });
});

describe('originalsForQuotes', () => {
  const detected = ['Advice from a brother is welcome,\n but decisions are made in Baghdad', 'We will keep our nerve, not act in haste'];
  it.each<[string, SampleQuote, number]>([
    ['an Arabic quote, whitespace aside', { en: 'Advice from a brother is welcome, but decisions are made in Baghdad', lang: 'ar', original: 'النصيحة من الأخ مقبولة، لكن القرار يُتخذ في بغداد' }, 0],
    ['a Farsi quote with ZWNJ, inside its post', { en: 'We will keep our nerve, not act in haste', lang: 'fa', original: 'خونسردی‌مان را حفظ می‌کنیم', post: '#مقاومت\nخونسردی‌مان را حفظ می‌کنیم' }, 1],
  ])('matches %s', (_name, quote, at) => {
    const out = originalsForQuotes(detected, [quote]);
    expect(out.filter(Boolean)).toHaveLength(1);
    expect(out[at]).toMatchObject({ originalLang: quote.lang, originalText: quote.original });
    if (quote.post) expect(quote.post.slice(...out[at]!.stretch!)).toBe(quote.original);
    else expect(out[at]!.stretch).toBeNull();
  });
  it.each([
    ['a quote the detector did not find', { en: 'Words nobody wrote', lang: 'ar' as const, original: 'كلمات' }, 'quote-not-detected'],
    ['an original missing from its post', { en: 'We will keep our nerve, not act in haste', lang: 'fa' as const, original: 'خونسردی', post: 'پیام دیگری' }, 'original-not-in-post'],
  ])('refuses %s', (_name, quote, reason) => {
    expect(reasonOf(() => originalsForQuotes(detected, [quote]))).toBe(reason);
  });
});

describe('targetsForSegments', () => {
  const sources = ['Tehran Calls for Calm', 'KH and AAH read Tehran differently.', 'Tehran wants calm.'];
  it('finds the one segment that holds the words', () => {
    expect(targetsForSegments(sources, 'en', [{ source: 'read Tehran', lang: 'fa', text: 'برداشت متفاوت' }])).toEqual([{ index: 1, lang: 'fa', text: 'برداشت متفاوت', state: 'translated' }]);
  });
  it.each([
    ['words in no segment', [{ source: 'Baghdad', lang: 'ar' as const, text: 'بغداد' }], 'target-source-missing'],
    ['words in two segments', [{ source: 'Tehran', lang: 'ar' as const, text: 'طهران' }], 'target-source-ambiguous'],
    ['the same segment twice', [{ source: 'Calls', lang: 'ar' as const, text: 'أ' }, { source: 'for Calm', lang: 'ar' as const, text: 'ب' }], 'target-duplicate'],
  ])('refuses %s', (_name, targets, reason) => {
    expect(reasonOf(() => targetsForSegments(sources, 'en', targets))).toBe(reason);
  });
  it('refuses a target in the source language', () => {
    expect(reasonOf(() => targetsForSegments(['المقاومة'], 'ar', [{ source: 'المقاومة', lang: 'ar', text: 'مقاومة' }]))).toBe('target-is-source');
  });
});
