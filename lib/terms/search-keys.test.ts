import { describe, expect, it } from 'vitest';
import { queryKeys, searchKey, skeletonKey } from './search-keys';
import type { Lang } from '../text/lang';

const ZWNJ = '\u200c';

describe('searchKey: the stored key the trigram search compares', () => {
  it.each<[string, Lang, string]>([
    ['المقاومة', 'ar', 'مقاومه'], // article off, ة folded
    ['الحشد الشعبي', 'ar', 'حشد شعبي'], // on every word
    ['الله', 'ar', 'الله'], // too short a stem: kept
    [`حزب${ZWNJ}الله`, 'fa', 'حزب الله'], // ZWNJ joins like a space
    ['سپاه پاسداران انقلاب اسلامی', 'fa', 'سپاه پاسداران انقلاب اسلامي'], // ی folded to ي
    ['Kata’ib Hizballah', 'en', 'kataib hizballah'],
    ['Qāsem Soleimani', 'en', 'qasem soleimani'],
    ['Alpha', 'en', 'alpha'], // negative: a Latin "al" is no article
  ])('%s (%s) -> %s', (text, lang, key) => {
    expect(searchKey(text, lang)).toBe(key);
  });
});

describe('queryKeys: the keys a query is searched under', () => {
  it.each<[string, Lang, string[]]>([
    ['المقاومة', 'ar', ['مقاومه']],
    ['بالمقاومة', 'ar', ['بالمقاومه', 'مقاومه']],
    ['وللمقاومة', 'ar', ['وللمقاومه', 'مقاومه']],
    ['مقاومتهم', 'ar', ['مقاومتهم', 'مقاومه']],
    ['فيلق القدس', 'ar', ['فيلق قدس']], // negative: ف of فيلق is a root letter
    ['بكر', 'ar', ['بكر']], // negative: no article after ب
    [`حزب${ZWNJ}الله`, 'fa', ['حزب الله']],
    ['کتاب‌ها', 'fa', ['كتاب ها']],
    ['Quds', 'en', ['quds']],
    ['   ', 'en', []],
  ])('%s (%s) -> %j', (q, lang, keys) => {
    expect(queryKeys(q, lang)).toEqual(keys);
  });
});

describe('skeletonKey: Latin consonant skeletons so transliterations meet', () => {
  it.each<[string, string]>([
    ['quds', 'qds'],
    ['qods force', 'qds frc'],
    ['hizballah', 'hzblh'],
    ['hezbollah', 'hzblh'],
    ['suleimani', 'slmn'],
    ['soleimani', 'slmn'],
    ['مقاومه', ''], // Arabic-script words have none
    ['kataib مقاومه', 'ktb'],
  ])('%s -> %s', (key, skeleton) => {
    expect(skeletonKey(key)).toBe(skeleton);
  });

  it('keeps different names apart', () => {
    expect(skeletonKey('qadisiyah')).not.toBe(skeletonKey('quds'));
    expect(skeletonKey('masjedi')).not.toBe(skeletonKey('muqawama'));
  });
});
