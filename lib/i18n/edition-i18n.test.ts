import { describe, expect, it } from 'vitest';
import ar from '../../messages/ar.json';
import en from '../../messages/en.json';
import fa from '../../messages/fa.json';
import { createEditionT } from './edition-i18n';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
function values(obj: object): string[] {
  return Object.values(obj).flatMap((v) => (typeof v === 'object' && v ? values(v) : [String(v)]));
}

describe('Edition messages', () => {
  it('ar and fa have exactly the keys of en', () => {
    expect(keys(ar.Edition).sort()).toEqual(keys(en.Edition).sort());
    expect(keys(fa.Edition).sort()).toEqual(keys(en.Edition).sort());
  });

  it.each([
    ['ar', ar.Edition],
    ['fa', fa.Edition],
  ])('%s words hold no Latin letters outside placeholders', (_, cat) => {
    for (const v of values(cat)) expect(v.replace(/\{\w+\}/gu, '')).not.toMatch(/\p{Script=Latin}/u);
  });
});

describe('createEditionT', () => {
  it.each([
    ['ar', 'alsoAvailableIn', {}, 'متوفر أيضاً بـ'],
    ['ar', 'aboutAuthors', {}, 'عن الكتّاب'],
    ['ar', 'partOfSeries', {}, 'جزء من سلسلة'],
    ['ar', 'by', { authors: 'حمدي مالك' }, 'بقلم حمدي مالك'],
    ['ar', 'translatedFrom', { language: 'الفارسية' }, 'مترجم عن الفارسية'],
    ['fa', 'alsoAvailableIn', {}, 'همچنین موجود به زبان'],
    ['fa', 'aboutAuthors', {}, 'درباره نویسندگان'],
    ['fa', 'topics', {}, 'موضوع\u200Cها'], // ZWNJ kept
    ['fa', 'figure', { n: '۲' }, 'شکل ۲'],
    ['en', 'figure', { n: 3 }, 'Figure 3'],
  ] as const)('%s %s', (lang, key, params, want) => {
    expect(createEditionT(lang)(key, params)).toBe(want);
  });

  it('names languages from the catalogue', () => {
    expect(createEditionT('ar')('language.fa')).toBe(ar.Edition.language.fa);
    expect(createEditionT('fa')('language.ar')).toBe('عربی');
  });

  it('throws a code for a missing key instead of printing it', () => {
    expect(() => createEditionT('ar')('noSuchKey' as never)).toThrow(expect.objectContaining({ code: 'edition-message-missing' }));
  });
});
