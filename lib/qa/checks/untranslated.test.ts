import { describe, expect, it } from 'vitest';
import { pair, seg } from '../test-helpers';
import { untranslated } from './untranslated';

describe('untranslated', () => {
  it.each([
    { name: 'missing Arabic target', lang: 'ar', source: 'The post was later deleted.', target: null, reason: 'missing' },
    { name: 'empty Farsi target', lang: 'fa', source: 'The post was later deleted.', target: '', reason: 'empty' },
    { name: 'spaces only', lang: 'ar', source: 'Brief Analysis', target: '   ', reason: 'empty' },
    { name: 'only ZWNJ and RLM (invisible)', lang: 'fa', source: 'Brief Analysis', target: '\u200c\u200f', reason: 'empty' },
    { name: 'Arabic source into English, missing', lang: 'en', source: 'حذف المنشور لاحقاً.', target: null, reason: 'missing' },
  ] as const)('flags $name', ({ lang, source, target, reason }) => {
    const ctx = { ...pair(lang === 'en' ? 'ar' : 'en', lang) };
    const found = untranslated.run(seg(source, target), ctx);
    expect(found).toEqual([{ checkId: 'untranslated', severity: 'error', unitId: 'u1', params: { reason } }]);
  });

  it.each([
    { name: 'Arabic target', lang: 'ar', source: 'The post was later deleted.', target: 'حُذف المنشور لاحقاً.' },
    { name: 'Farsi target with ZWNJ', lang: 'fa', source: 'The post was later deleted.', target: 'این پست بعداً حذف شد.' },
    { name: 'a single digit', lang: 'fa', source: '2', target: '۲' },
    { name: 'empty source, empty target', lang: 'ar', source: '', target: '' },
  ] as const)('passes $name', ({ lang, source, target }) => {
    expect(untranslated.run(seg(source, target), pair('en', lang))).toEqual([]);
  });
});
