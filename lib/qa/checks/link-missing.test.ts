import { describe, expect, it } from 'vitest';
import type { Lang } from '../../text/lang';
import type { QaSegment } from '../types';
import { pair, seg } from '../test-helpers';
import { linkMissing, normalizeUrl, urlsInText } from './link-missing';

const SERIES = 'https://www.washingtoninstitute.org/policy-analysis/series/militia-spotlight';

const missing = (s: QaSegment, lang: Lang) => linkMissing.run(s, pair('en', lang)).map((f) => f.params.url);

describe('link-missing', () => {
  it.each([
    { name: 'URL in the source text dropped from Arabic', lang: 'ar', s: seg(`Part of a series: ${SERIES}.`, 'جزء من سلسلة.'), urls: [SERIES] },
    { name: 'link mark lost in Farsi', lang: 'fa', s: seg('Asaib Ahl al-Haq (AAH)', 'عصائب اهل الحق', { sourceLinks: ['/node/16715'], targetLinks: [] }), urls: ['/node/16715'] },
    {
      name: 'one of two links kept in Arabic',
      lang: 'ar',
      s: seg('KH and AAH', 'كتائب حزب الله وعصائب أهل الحق', { sourceLinks: ['/node/16641', '/node/16715'], targetLinks: ['/node/16641'] }),
      urls: ['/node/16715'],
    },
    { name: 'another page linked', lang: 'fa', s: seg('see https://example.org/a', 'ببینید https://example.org/b'), urls: ['https://example.org/a'] },
  ] as const)('flags $name', ({ lang, s, urls }) => {
    expect(missing(s, lang)).toEqual(urls);
  });

  it.each([
    { name: 'URL kept in Arabic text with Arabic full stop after it', lang: 'ar', s: seg(`Part of a series: ${SERIES}`, `جزء من سلسلة: ${SERIES}.`) },
    { name: 'link mark kept in Farsi', lang: 'fa', s: seg('KH', 'کتائب حزب‌الله', { sourceLinks: ['/node/16641'], targetLinks: ['/node/16641'] }) },
    { name: 'http vs https, host case, final slash', lang: 'ar', s: seg('https://WWW.Example.org/a/', 'http://example.org/a'), },
    { name: 'URL of the source written as a link mark in the target', lang: 'fa', s: seg(`at ${SERIES}`, 'در این سلسله', { targetLinks: [SERIES] }) },
    { name: 'no links at all', lang: 'ar', s: seg('The post was later deleted.', 'حُذف المنشور لاحقاً.') },
  ] as const)('passes $name', ({ lang, s }) => {
    expect(missing(s, lang)).toEqual([]);
  });

  it('finds URLs in running text without sentence punctuation', () => {
    expect(urlsInText('انظر www.example.org/x، و(https://a.b/c).')).toEqual(['www.example.org/x', 'https://a.b/c']);
    expect(normalizeUrl('https://www.Example.org/Path/')).toBe('http://example.org/Path');
  });
});
