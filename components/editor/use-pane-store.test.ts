import { describe, expect, it } from 'vitest';
import { countByLang, countText } from '@/lib/text/word-count';
import type { Lang } from '@/lib/text/lang';
import { documentCounts, type ChangedPane } from './use-pane-store';

// The document's counts start from the server's and follow each changed pane: the result must be what
// counting every pane afresh gives.
const LANGS: Lang[] = ['en', 'ar', 'fa'];
const page = [
  { en: 'Channels close to Kataib Hezbollah argued in public.', ar: 'تجادلت قنوات قريبة من كتائب حزب الله علنًا.', fa: 'کانال‌های نزدیک به کتائب حزب‌الله علنی بحث کردند.' },
  { en: 'The Qods Force stayed silent.', ar: '', fa: 'نیروی قدس ساکت ماند.' },
  { en: 'The muqawama, 2024.', ar: 'المقاومة، ٢٠٢٤.', fa: '' },
];
const all = (rows: typeof page) => countByLang(rows.flatMap((r) => LANGS.map((l) => ({ lang: l, text: r[l as 'en'] }))));

describe('documentCounts', () => {
  it('is the server’s counts while no pane has changed', () => {
    expect(documentCounts(all(page), LANGS, [])).toEqual(all(page));
  });

  it('follows panes saved since, in Arabic and Farsi (ZWNJ joining, clitics whole), as a fresh count would', () => {
    const now = structuredClone(page);
    now[1].ar = 'وبقي فيلق القدس صامتًا';
    now[0].fa = 'کانال‌های نزدیک به حزب‌الله می‌گویند';
    now[2].en = '';
    const changed: ChangedPane[] = [
      { lang: 'ar', now: countText(now[1].ar, 'ar'), before: countText(page[1].ar, 'ar') },
      { lang: 'fa', now: countText(now[0].fa, 'fa'), before: countText(page[0].fa, 'fa') },
      { lang: 'en', now: countText('', 'en'), before: countText(page[2].en, 'en') },
    ];
    expect(documentCounts(all(page), LANGS, changed)).toEqual(all(now));
  });

  it('adds a row the page did not have, and counts a language the server did not count from nothing', () => {
    const changed: ChangedPane[] = [{ lang: 'fa', now: countText('سپاه پاسداران', 'fa'), before: null }];
    const { fa: _fa, ...withoutFa } = all(page);
    expect(documentCounts(withoutFa, LANGS, changed).fa).toEqual(countText('سپاه پاسداران', 'fa'));
    expect(documentCounts(all(page), LANGS, changed).fa.words).toBe(all(page).fa.words + 2);
  });
});
