import { afterAll, describe, expect, it } from 'vitest';
import { bigramsComplete, ensureMemory, insertUnits, type UnitInsert } from '../../lib/db/tm';
import { closeSql, sql } from '../../lib/db/sql';
import { fillEarlierBigrams } from '../../scripts/prepare-db';
import { fillBigramKeys } from '../../lib/server/tm';
import { findMatches } from '../../lib/server/tm-match';
import type { Lang } from '../../lib/text/lang';
import { candidatePlan } from '../../lib/tm/prefilter';
import { pairKeys, tmTokens } from '../../lib/tm/tokens';

afterAll(() => closeSql());

// Sentences of a memory in three pairs; the sources looked up are these, with words changed, dropped or added.
const EN = [
  'The militia published a video of the launch near the border.',
  'Iran denied any role in the attack on the base.',
  'A spokesman for the ministry refused to comment on the report.',
  'Protesters gathered in the square for the third night in a row.',
  'The ceasefire held overnight despite reports of shelling.',
  'Officials gave no figures for the number of wounded.',
];
const AR = [
  'نشرت الميليشيا مقطع فيديو لعملية الإطلاق قرب الحدود.',
  'نفت إيران أي دور لها في الهجوم على القاعدة.',
  'رفض متحدث باسم الوزارة التعليق على التقرير.',
  'تجمع المحتجون في الساحة لليلة الثالثة على التوالي.',
  'صمد وقف إطلاق النار ليلًا رغم تقارير عن قصف.',
  'لم يقدم المسؤولون أرقامًا عن عدد الجرحى.',
];
const FA = [
  'شبه‌نظامیان ویدئویی از پرتاب در نزدیکی مرز منتشر کردند.',
  'ایران هرگونه نقشی در حمله به پایگاه را رد کرد.',
  'سخنگوی وزارتخانه از اظهار نظر درباره گزارش خودداری کرد.',
  'معترضان برای سومین شب پیاپی در میدان گرد آمدند.',
  'آتش‌بس با وجود گزارش‌های گلوله‌باران شب گذشته برقرار ماند.',
  'مقامات هیچ رقمی از شمار زخمی‌ها ارائه نکردند.',
];
const EXTRA: Record<Lang, string[]> = { en: ['new', 'again', 'strongly', '2024'], ar: ['جديد', 'مجددًا', 'بشدة', '٢٠٢٤'], fa: ['تازه', 'دوباره', 'به‌شدت', '۲۰۲۴'] };

/** Variations of a sentence: a word replaced, one dropped, one added, two replaced, and the sentence as it is. */
function variations(text: string, lang: Lang, k: number): string[] {
  const w = text.split(' ');
  const extra = EXTRA[lang];
  const at = (i: number) => i % w.length;
  const replaced = (i: number, x: string) => w.map((y, j) => (j === at(i) ? x : y)).join(' ');
  return [
    text,
    replaced(k, extra[k % 4]!),
    w.filter((_, j) => j !== at(k + 2)).join(' '),
    [...w.slice(0, at(k + 1)), extra[(k + 1) % 4]!, ...w.slice(at(k + 1))].join(' '),
    replaced(k + 3, extra[(k + 2) % 4]!).split(' ').map((y, j) => (j === at(k + 5) ? extra[(k + 3) % 4]! : y)).join(' '),
    w.slice(0, 3).join(' '),
  ];
}

/** A memory holding each sentence and some of its variations (EN→AR, EN→FA, AR→FA), so sources meet several candidates. */
async function loadMemory(name: string): Promise<{ id: number }> {
  const memory = await ensureMemory(sql, name, 'imported', 'local');
  const units: UnitInsert[] = [];
  const add = (source: string, target: string, sourceLang: Lang, targetLang: Lang) =>
    units.push({
      memoryId: memory.id, level: 'sentence', sourceLang, targetLang, sourceText: source, targetText: target, sourceContent: null, targetContent: null,
      sourceTags: 0, ...pairKeys(source, target, sourceLang, targetLang), prevKey: null, nextKey: null, documentId: null, segmentId: null,
      sentenceIndex: null, tuid: null, props: null, author: 'local', createdAt: null, changedAt: null,
    });
  for (const [i, en] of EN.entries()) {
    for (const [k, v] of variations(en, 'en', i).entries()) if (k < 5) add(v, AR[i]!, 'en', 'ar');
    for (const [k, v] of variations(en, 'en', i + 1).entries()) if (k % 2 === 0) add(v, FA[i]!, 'en', 'fa');
    for (const [k, v] of variations(AR[i]!, 'ar', i).entries()) if (k < 4) add(v, FA[i]!, 'ar', 'fa');
  }
  await insertUnits(sql, units);
  return memory;
}

describe('batched fuzzy lookup', () => {
  it('gives the same matches as one statement per source (English, Arabic and Farsi sources, more sources than a batch)', async () => {
    const memory = await loadMemory('TM batch memory');

    const cases: { sourceLang: Lang; targetLang: Lang; texts: string[] }[] = [
      { sourceLang: 'en', targetLang: 'ar', texts: EN.flatMap((t, i) => [...variations(t, 'en', i + 2), ...variations(t, 'en', i + 3)]) },
      { sourceLang: 'ar', targetLang: 'fa', texts: AR.flatMap((t, i) => [...variations(t, 'ar', i + 1), ...variations(t, 'ar', i + 4)]) },
      { sourceLang: 'en', targetLang: 'fa', texts: EN.flatMap((t, i) => variations(t, 'en', i)) },
    ];
    for (const c of cases) {
      // several statements: repeat the texts with different neighbours (context matches differ)
      const sources = Array.from({ length: 160 }, (_, j) => ({ text: c.texts[j % c.texts.length]!, lang: c.sourceLang, prevKey: j % 3 === 0 ? null : `p${j}` }));
      const scope = { sourceLang: c.sourceLang, targetLang: c.targetLang, memoryIds: [memory.id] };
      for (const opts of [{ threshold: 70, limit: 5 }, { threshold: 70, limit: 1, fuzzy: 'unless-exact' as const, concurrency: 4 }, { threshold: 95, limit: 3 }]) {
        const batched = await findMatches(scope, sources, opts);
        const single = await findMatches(scope, sources, { ...opts, perSource: true });
        const strip = (r: typeof batched) => r.map((ms) => ms.map((m) => [m.unitId, m.score, m.source, m.target]));
        expect(strip(batched)).toEqual(strip(single));
        // each source alone (a batch of one) gives what the document's batch gave it
        for (const j of [0, 7, 151]) expect(strip(await findMatches(scope, [sources[j]!], opts))).toEqual(strip([batched[j]!]));
        // and the lookups find something: the sentences themselves and their variations
        expect(batched.filter((ms) => ms.length > 0).length).toBeGreaterThan(sources.length * (opts.threshold < 90 ? 0.5 : 0.1));
      }
    }
  });
});

describe('the bigram index', () => {
  it('gives the same matches as the word index (Arabic and Farsi sources, words changed, dropped and added)', async () => {
    const memory = await loadMemory('TM bigram memory');
    const cases: { sourceLang: Lang; targetLang: Lang; texts: string[] }[] = [
      { sourceLang: 'ar', targetLang: 'fa', texts: AR.flatMap((t, i) => [...variations(t, 'ar', i + 1), ...variations(t, 'ar', i + 4)]) },
      { sourceLang: 'en', targetLang: 'fa', texts: EN.flatMap((t, i) => variations(t, 'en', i)) },
      { sourceLang: 'en', targetLang: 'ar', texts: EN.flatMap((t, i) => variations(t, 'en', i + 2)) },
    ];
    for (const c of cases) {
      const scope = { sourceLang: c.sourceLang, targetLang: c.targetLang, memoryIds: [memory.id] };
      expect(await bigramsComplete(scope)).toBe(true);
      // the longer sources are planned on bigrams at 70 (a three-word source is not)
      const plans = c.texts.map((t) => candidatePlan(tmTokens(t, c.sourceLang).map((k) => k.key), 70, () => 1, 0, { bigrams: 'always' }).index);
      expect(plans.filter((x) => x === 'bigrams').length).toBeGreaterThan(c.texts.length / 2);
      expect(plans).toContain('words');
      const sources = c.texts.map((text) => ({ text, lang: c.sourceLang }));
      for (const opts of [{ threshold: 70, limit: 5 }, { threshold: 70, limit: 1, fuzzy: 'unless-exact' as const }, { threshold: 60, limit: 10 }, { threshold: 90, limit: 3 }]) {
        const strip = (r: Awaited<ReturnType<typeof findMatches>>) => r.map((ms) => ms.map((m) => [m.unitId, m.score, m.source, m.target]));
        const bigrams = strip(await findMatches(scope, sources, { ...opts, index: 'bigrams' }));
        expect(bigrams).toEqual(strip(await findMatches(scope, sources, { ...opts, index: 'words' })));
        expect(bigrams).toEqual(strip(await findMatches(scope, sources, opts)));
        expect(bigrams.filter((ms) => ms.length > 0).length).toBeGreaterThan(sources.length * (opts.threshold < 90 ? 0.3 : 0.1));
      }
    }
  });

  it('is off for a pair while some unit has no bigrams yet (written before migration 00015)', async () => {
    const memory = await ensureMemory(sql, 'TM bigram gap memory', 'imported', 'local');
    const scope = { sourceLang: 'fa' as const, targetLang: 'en' as const, memoryIds: [memory.id] };
    const source = FA[3]!;
    await insertUnits(sql, [{
      memoryId: memory.id, level: 'sentence', sourceLang: 'fa', targetLang: 'en', sourceText: source, targetText: EN[3]!, sourceContent: null, targetContent: null,
      sourceTags: 0, ...pairKeys(source, EN[3]!, 'fa', 'en'), sourceBigrams: null, prevKey: null, nextKey: null, documentId: null, segmentId: null,
      sentenceIndex: null, tuid: null, props: null, author: 'local', createdAt: null, changedAt: null,
    }]);
    expect(await bigramsComplete(scope)).toBe(false);
    // the word index finds it: a word dropped
    const [ms] = await findMatches(scope, [{ text: source.split(' ').filter((_, j) => j !== 2).join(' '), lang: 'fa' }], { threshold: 70, limit: 5 });
    expect(ms!.map((m) => m.source)).toEqual([source]);
    // `tarjuman tm reindex` computes them (editors), as a unit written now would have them; then the bigram index serves the pair
    expect(await fillBigramKeys({ id: 'local', role: 'translator' })).toMatchObject({ ok: false });
    const filled = await fillBigramKeys({ id: 'local', role: 'editor' });
    expect(filled.ok && filled.value.filled).toBeGreaterThanOrEqual(1);
    const [row] = await sql<{ b: number[] }[]>`select source_bigrams as b from tm_units where memory_id = ${memory.id}`;
    expect(row!.b).toEqual(pairKeys(source, EN[3]!, 'fa', 'en').sourceBigrams);
    expect(await bigramsComplete(scope)).toBe(true);
    const [again] = await findMatches(scope, [{ text: source.split(' ').filter((_, j) => j !== 2).join(' '), lang: 'fa' }], { threshold: 70, limit: 5 });
    expect(again!.map((m) => m.source)).toEqual([source]);
    await sql`delete from tm_memories where id = ${memory.id}`;
  });

  it('are filled by the start (prepareDatabase, run by npm start), so an upgraded memory needs no command', async () => {
    const memory = await ensureMemory(sql, 'TM bigram start memory', 'imported', 'local');
    const source = AR[2]!;
    await insertUnits(sql, [{
      memoryId: memory.id, level: 'sentence', sourceLang: 'ar', targetLang: 'fa', sourceText: source, targetText: FA[2]!, sourceContent: null, targetContent: null,
      sourceTags: 0, ...pairKeys(source, FA[2]!, 'ar', 'fa'), sourceBigrams: null, prevKey: null, nextKey: null, documentId: null, segmentId: null,
      sentenceIndex: null, tuid: null, props: null, author: 'local', createdAt: null, changedAt: null,
    }]);
    const lines: string[] = [];
    await fillEarlierBigrams((l) => lines.push(l));
    const [row] = await sql<{ b: number[] | null }[]>`select source_bigrams as b from tm_units where memory_id = ${memory.id}`;
    expect(row!.b).toEqual(pairKeys(source, FA[2]!, 'ar', 'fa').sourceBigrams);
    expect(lines.some((l) => /bigram keys of \d+ earlier units filled/.test(l))).toBe(true);
    await sql`delete from tm_memories where id = ${memory.id}`;
  });
});

describe('the word index', () => {
  it('takes new units directly, so lookups never read a pending list', async () => {
    const [row] = await sql<{ options: string[] }[]>`select reloptions as options from pg_class where relname = 'tm_units_words'`;
    expect(row!.options).toContain('fastupdate=off');
    await sql`create extension if not exists pgstattuple`;
    const [stat] = await sql<{ pending: number }[]>`select pending_tuples::int as pending from pgstatginindex('tm_units_words')`;
    expect(stat!.pending).toBe(0);
  });
});

