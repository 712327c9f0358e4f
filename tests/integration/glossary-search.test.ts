import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchConcepts } from '../../lib/db/glossary';
import { closeSql } from '../../lib/db/sql';
import { importConcepts } from '../../lib/server/glossary';
import { EDITOR, unwrap } from './support';
import type { HitRank } from '../../lib/terms/glossary-views';
import type { Concept } from '../../lib/terms/types';
import type { Lang } from '../../lib/text/lang';

const ZWNJ = '\u200c';
const FIXTURES: Concept[] = [
  { id: 'x-s-muqawama', terms: [{ lang: 'en', text: 'resistance axis member', status: 'preferred' }, { lang: 'ar', text: 'مقاومة', status: 'preferred' }, { lang: 'fa', text: 'مقاومت', status: 'preferred' }] },
  { id: 'x-s-qods', terms: [{ lang: 'en', text: 'Qods Force', status: 'preferred' }, { lang: 'ar', text: 'فيلق القدس', status: 'preferred' }, { lang: 'fa', text: 'نیروی قدس', status: 'preferred' }] },
  { id: 'x-s-kh', terms: [{ lang: 'en', text: 'Kataib Hezbollah', status: 'preferred' }, { lang: 'en', text: 'KH', status: 'admitted', type: 'acronym' }, { lang: 'ar', text: 'كتائب حزب الله', status: 'preferred' }, { lang: 'fa', text: `کتائب حزب${ZWNJ}الله`, status: 'preferred' }] },
  { id: 'x-s-kataib', terms: [{ lang: 'en', text: 'Kataib', status: 'preferred' }] },
  { id: 'x-s-hezbollah', terms: [{ lang: 'fa', text: `حزب${ZWNJ}الله`, status: 'preferred' }, { lang: 'ar', text: 'حزب الله', status: 'preferred' }] },
  { id: 'x-s-irgc', terms: [{ lang: 'fa', text: 'سپاه پاسداران انقلاب اسلامی', status: 'preferred' }, { lang: 'en', text: 'Islamic Revolutionary Guard Corps', status: 'preferred' }] },
  { id: 'x-s-aircraft', terms: [{ lang: 'ar', text: 'طائرة مسيرة', status: 'preferred' }, { lang: 'fa', text: 'پهپاد', status: 'preferred' }, { lang: 'en', text: 'drone', status: 'preferred' }] },
];

beforeAll(async () => {
  await unwrap(importConcepts(EDITOR, FIXTURES));
});
afterAll(() => closeSql());

// [query, lang filter, the concept expected (null: the negative rows), rank of that hit]
const ROWS: [string, Lang | undefined, string | null, HitRank | null][] = [
  ['المقاومة', 'ar', 'x-s-muqawama', 'exact'],
  ['بالمقاومة', 'ar', 'x-s-muqawama', 'exact'],
  ['مقاومتهم', 'ar', 'x-s-muqawama', 'exact'],
  ['مقاومة', undefined, 'x-s-muqawama', 'exact'],
  ['القدس', 'ar', 'x-s-qods', 'word'],
  ['كتائب حزب الله', 'ar', 'x-s-kh', 'exact'],
  [`حزب${ZWNJ}الله`, 'fa', 'x-s-hezbollah', 'exact'],
  ['حزب الله', 'fa', 'x-s-hezbollah', 'exact'],
  ['حزب الله', 'ar', 'x-s-hezbollah', 'exact'],
  ['حزبالله', 'fa', 'x-s-hezbollah', 'exact'], // issue 11 bug 8: typed with neither ZWNJ nor space
  ['کتائب حزبالله', 'fa', 'x-s-kh', 'exact'],
  ['حزبال', 'fa', 'x-s-hezbollah', 'prefix'],
  ['سپاه پاسداران انقلاب اسلامي', 'fa', 'x-s-irgc', 'exact'], // Arabic yeh typed for Farsi ی
  ['سپاه پاسداران', 'fa', 'x-s-irgc', 'prefix'],
  ['پاسداران', 'fa', 'x-s-irgc', 'word'],
  ['سپاه پاسدران', 'fa', 'x-s-irgc', 'fuzzy'], // a letter missing
  ['Quds', 'en', 'x-s-qods', 'fuzzy'],
  ['Qods Forse', 'en', 'x-s-qods', 'fuzzy'], // a misspelt multi-word name with no literal hit
  ['Hezbolah', 'en', 'x-s-kh', 'fuzzy'],
  ['Hizballah', 'en', 'x-s-kh', 'fuzzy'], // another transliteration: the consonant skeleton meets
  ['Kataeb Hizbullah', 'en', 'x-s-kh', 'fuzzy'],
  ['kataib hez', 'en', 'x-s-kh', 'prefix'],
  ['Kata’ib Hezbollah', 'en', 'x-s-kh', 'exact'],
  ['KH', 'en', 'x-s-kh', 'exact'],
  ['revolutionary guard', undefined, 'x-s-irgc', 'word'],
  // negative rows: another language, an unrelated word, a different Farsi word
  ['مقاومة', 'en', null, null],
  ['طائرة', 'fa', null, null],
  ['کتاب', 'fa', null, null],
  ['xyzzy', undefined, null, null],
  ['Qadisiyah', 'en', null, null], // shares the skeleton's start (qd) but not enough of it
];

describe('glossary search (pg_trgm on normalized keys)', () => {
  it.each(ROWS)('%s [%s] finds %s (%s)', async (q, lang, id, rank) => {
    const hits = await searchConcepts(q, { lang });
    const fixtureHits = hits.filter((h) => h.id.startsWith('x-s-'));
    if (id === null) {
      expect(fixtureHits.map((h) => h.id)).not.toContain('x-s-muqawama');
      if (q === 'xyzzy') expect(hits).toEqual([]);
      if (q === 'Qadisiyah') expect(fixtureHits.map((h) => h.id)).not.toContain('x-s-qods');
      if (q === 'طائرة') expect(fixtureHits.map((h) => h.id)).not.toContain('x-s-aircraft');
      return;
    }
    const hit = hits.find((h) => h.id === id);
    expect(hit, `${q} should find ${id}: ${JSON.stringify(hits.slice(0, 3))}`).toBeDefined();
    expect(hit!.rank).toBe(rank);
    if (lang) expect(hit!.matched.lang).toBe(lang);
    expect(hit!.terms.length).toBe(FIXTURES.find((c) => c.id === id)!.terms.length);
    // nothing of a worse rank comes before it
    const order: HitRank[] = ['exact', 'prefix', 'word', 'fuzzy'];
    const before = hits.slice(0, hits.indexOf(hit!));
    for (const h of before) expect(order.indexOf(h.rank)).toBeLessThanOrEqual(order.indexOf(hit!.rank));
  });

  it('ranks an exact hit before prefix hits, and filters by status and subject', async () => {
    const hits = await searchConcepts('Kataib', { lang: 'en' });
    expect(hits[0]?.id).toBe('x-s-kataib');
    expect(hits.findIndex((h) => h.id === 'x-s-kh')).toBeGreaterThan(0);
    expect((await searchConcepts('KH', { status: 'admitted' })).map((h) => h.id)).toContain('x-s-kh');
    expect((await searchConcepts('KH', { status: 'forbidden' })).map((h) => h.id)).not.toContain('x-s-kh');
    expect(await searchConcepts('Kataib', { subject: 'no-such-subject' })).toEqual([]);
  });

  it('lists concepts when the query is empty, and honours the limit', async () => {
    const hits = await searchConcepts('', { limit: 3 });
    expect(hits).toHaveLength(3);
    expect(hits.map((h) => h.id)).toEqual([...hits.map((h) => h.id)].sort());
  });
});
