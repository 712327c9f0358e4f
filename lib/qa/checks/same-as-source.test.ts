import { describe, expect, it } from 'vitest';
import type { Lang } from '../../text/lang';
import { pair, seg } from '../test-helpers';
import { sameAsSource } from './same-as-source';

describe('same-as-source', () => {
  it.each([
    { name: 'English copied into the Arabic target', lang: 'ar', source: 'The post was later deleted.', target: 'The post was later deleted.' },
    { name: 'copied with extra spaces', lang: 'fa', source: 'Brief Analysis', target: ' Brief  Analysis ' },
    { name: 'copied with an invisible RLM', lang: 'ar', source: 'Militia Spotlight', target: 'Militia\u200f Spotlight' },
    { name: 'Arabic source copied into the Farsi target', lang: 'fa', source: 'كتائب حزب الله', target: 'كتائب حزب الله', from: 'ar' },
  ] as { name: string; lang: Lang; source: string; target: string; from?: Lang }[])('flags $name', ({ lang, source, target, from }) => {
    const found = sameAsSource.run(seg(source, target), pair(from ?? 'en', lang));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ checkId: 'same-as-source', severity: 'warning', start: 0, end: target.length });
  });

  it.each([
    { name: 'Arabic translation', lang: 'ar', source: 'Brief Analysis', target: 'تحليل موجز' },
    { name: 'Farsi translation', lang: 'fa', source: 'Brief Analysis', target: 'تحلیل کوتاه' },
    { name: 'a number', lang: 'ar', source: '2021', target: '2021' },
    { name: 'a URL', lang: 'fa', source: 'https://www.washingtoninstitute.org/', target: 'https://www.washingtoninstitute.org/' },
    { name: 'a handle and a date', lang: 'ar', source: '@sabreenS1 12/11/2021', target: '@sabreenS1 12/11/2021' },
    { name: 'no target yet', lang: 'fa', source: 'Brief Analysis', target: null },
  ] as const)('passes $name', ({ lang, source, target }) => {
    expect(sameAsSource.run(seg(source, target), pair('en', lang))).toEqual([]);
  });
});
