/**
 * Translation memory benchmark (npm run bench:tm [-- --units N --queries N --data DIR]). Starts a
 * throwaway embedded PostgreSQL and loads N units (default 1,000,000): the TICO-19 EN–AR and EN–FA
 * memories (AR–FA joined on their English), when --data DIR / TARJUMAN_DATA / ../shared/data holds
 * them, else our TMX fixtures, plus generated variations of them (words replaced, dropped, added,
 * numbers changed, halves of two sentences spliced) in all three languages. Then it times, over a
 * query mix (exact, one or two words changed, short sentences under 15 characters, Arabic→Farsi):
 * fuzzy lookup top 5 through the use case (p50/p95/p99), the same lookups with the indexes turned off
 * (the sequential-scan baseline) and pg_trgm's `%` with its GIN index (the approach of Weblate's
 * memory) in the same run; exact lookup p95; pre-translation of a 2,000-segment document (40% sources
 * of the memory, 40% variations, 20% new word sequences); TMX
 * import; the memory's size on disk. Ends with one JSON line.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmbeddedPostgres } from '../lib/db/embedded';
import type { UnitInsert } from '../lib/db/tm';
import type { Lang } from '../lib/text/lang';
import { freePort } from '../tests/support/free-port';
import { dataDir } from './data-dir';
import { seededRandom } from './seeded-random';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : Number(process.env[`BENCH_TM_${name.toUpperCase()}`] ?? fallback);
};
const UNITS = arg('units', 1_000_000);
const QUERIES = arg('queries', 400);
const BASELINE_QUERIES = arg('baseline', 30);
const SEGMENTS = arg('segments', 2000);
// --keep DIR (or BENCH_TM_DIR): keep the loaded database in DIR and reuse it on the next run
const keepAt = argv.indexOf('--keep');
const KEEP = keepAt >= 0 ? argv[keepAt + 1] : process.env.BENCH_TM_DIR;
// --skip baseline,trgm,pretranslate,import: leave parts out while iterating (their figures print as null)
// --shared-buffers SIZE: the server's page cache (PostgreSQL's stock 128MB holds a tenth of a million units' table)
const sbAt = argv.indexOf('--shared-buffers');
const SHARED_BUFFERS = sbAt >= 0 ? argv[sbAt + 1]! : (process.env.BENCH_TM_SHARED_BUFFERS ?? '2GB');
const skipAt = argv.indexOf('--skip');
const SKIP = new Set(skipAt >= 0 ? argv[skipAt + 1]!.split(',') : []);

// The body of tm_fuzzy_candidates (the latest migration defining it), for --explain
const FUZZY_EXPLAIN = `explain (analyze, buffers) with c as materialized (
    select u.id, u.source_words, u.word_count, u.memory_id, u.source_lang, u.target_lang from tm_units u
    where tm_word_keys(u.source_words, u.word_count, u.source_lang, u.target_lang) @@ $1::query_int
  )
  select c.id, icount(c.source_words & $2::int4[]) as shared from c
  where c.source_lang = $3 and c.target_lang = $4 and c.word_count between $5 and $6
    and icount(c.source_words & $2::int4[]) >= $7
  order by shared desc, abs(c.word_count - $8), c.id desc
  limit $9`;

/** What a kept database was loaded with: the unit count and each migration file's hash. */
interface KeptMeta {
  units: number;
  migrations: Record<string, string>;
}
const MIGRATIONS = join('lib', 'db', 'migrations');
const migrationHashes = (): Record<string, string> =>
  Object.fromEntries(readdirSync(MIGRATIONS).filter((f) => f.endsWith('.sql')).sort().map((f) => [f, createHash('sha1').update(readFileSync(join(MIGRATIONS, f))).digest('hex')]));

/**
 * Whether a kept database can be reused: same unit count, and no migration it ran has changed since
 * (new migrations are fine: migrate() applies them to the loaded units).
 */
function reusable(dir: string): boolean {
  const f = join(dir, 'bench-tm.json');
  if (!existsSync(f)) return false;
  const meta = JSON.parse(readFileSync(f, 'utf8')) as KeptMeta;
  const now = migrationHashes();
  return meta.units === UNITS && Object.entries(meta.migrations).every(([name, hash]) => now[name] === hash);
}

interface Pair {
  source: string;
  target: string;
  sourceLang: Lang;
  targetLang: Lang;
}

// the units' draws; the query mix and the document draw from their own seed, the same whether the units were loaded or reused
let rand = seededRandom(13);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 100) / 100;
};

async function basePairs(): Promise<{ pairs: Pair[]; from: string; files: string[] }> {
  const { readTmx } = await import('../lib/formats/tmx-read');
  const data = dataDir(argv, process.env.TARJUMAN_DATA);
  const tico = join(data.dir, 'tico19', 'tmx');
  const files = existsSync(join(tico, 'all.en-ar.tmx')) ? [join(tico, 'all.en-ar.tmx'), join(tico, 'all.en-fa.tmx')] : [join('tests', 'fixtures', 'tmx', 'en-ar-fa.tmx')];
  const pairs: Pair[] = [];
  const byEnglish = new Map<string, Partial<Record<Lang, string>>>();
  for (const f of files) {
    for (const tu of readTmx(new Uint8Array(readFileSync(f))).units) {
      const en = tu.variants.find((v) => v.lang.startsWith('en'))?.text.trim();
      if (!en) continue;
      for (const v of tu.variants) {
        const lang = v.lang.slice(0, 2) as Lang;
        if ((lang !== 'ar' && lang !== 'fa') || !v.text.trim()) continue;
        pairs.push({ source: en, target: v.text.trim(), sourceLang: 'en', targetLang: lang });
        byEnglish.set(en, { ...byEnglish.get(en), [lang]: v.text.trim() });
      }
    }
  }
  for (const x of byEnglish.values()) if (x.ar && x.fa) pairs.push({ source: x.ar, target: x.fa, sourceLang: 'ar', targetLang: 'fa' });
  return { pairs, from: files.length === 2 ? data.dir : 'tests/fixtures/tmx', files };
}

const split = (s: string) => s.split(/\s+/u).filter(Boolean);

/** A variation of a text: words replaced, dropped or added from the vocabulary, a number changed, or halves of two texts joined. */
function vary(text: string, vocab: string[], other: string): string {
  const w = split(text);
  const r = rand();
  if (r < 0.3 && w.length > 2) w[Math.floor(rand() * w.length)] = pick(vocab);
  else if (r < 0.45 && w.length > 3) {
    w[Math.floor(rand() * w.length)] = pick(vocab);
    w[Math.floor(rand() * w.length)] = pick(vocab);
  } else if (r < 0.55 && w.length > 3) w.splice(Math.floor(rand() * w.length), 1);
  else if (r < 0.65) w.splice(Math.floor(rand() * (w.length + 1)), 0, pick(vocab));
  else if (r < 0.72) w.splice(Math.floor(rand() * (w.length + 1)), 0, String(1 + Math.floor(rand() * 2000)));
  else {
    const o = split(other);
    return [...w.slice(0, Math.ceil(w.length / 2)), ...o.slice(Math.floor(o.length / 2))].join(' ');
  }
  return w.join(' ');
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const keep = KEEP === undefined ? undefined : resolve(KEEP);
  if (keep && existsSync(keep) && !reusable(keep)) {
    console.log(`${keep}: loaded with another unit count or changed migrations, loading again`);
    rmSync(keep, { recursive: true, force: true });
  }
  if (keep) mkdirSync(keep, { recursive: true });
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'tarjuman-bench-tm-'));
  chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: 'bench', persistent: keep !== undefined, settings: { shared_buffers: SHARED_BUFFERS } });
  process.env.DATABASE_URL = server.url;
  process.env.DATABASE_POOL = '8';
  const { migrate } = await import('../lib/db/migrate');
  const { sql, closeSql } = await import('../lib/db/sql');
  const db = await import('../lib/db/tm');
  const { pairKeys } = await import('../lib/tm/tokens');
  const { findMatches, useBigramIndex } = await import('../lib/server/tm-match');
  // --index words: fuzzy lookups through the word index only (the paired comparison with the bigram index)
  const indexAt = argv.indexOf('--index');
  if (indexAt >= 0 && argv[indexAt + 1] === 'words') useBigramIndex(false);
  const tm = await import('../lib/server/tm');
  const { createDocument } = await import('../lib/db/documents');
  const actor = { id: 'local', role: 'admin' as const };
  try {
    await migrate();
    const { pairs: base, from, files } = await basePairs();
    console.log(`data: ${from} (${base.length} base pairs)`);
    const vocab: Record<Lang, string[]> = { en: [], ar: [], fa: [] };
    for (const p of base) {
      vocab[p.sourceLang].push(...split(p.source));
      vocab[p.targetLang].push(...split(p.target));
    }
    const memory = await db.ensureMemory(sql, 'bench', 'imported', 'local');

    // Bulk load: indexes dropped, units streamed through COPY, indexes built again.
    const loaded = keep ? (await sql<{ n: number }[]>`select count(*)::int as n from tm_units`)[0]!.n : 0;
    if (loaded > 0) await sql`delete from tm_memories where name in ('bench import', 'bench re-import')`;
    const indexes = loaded > 0 ? [] : await sql<{ indexname: string; indexdef: string }[]>`select indexname, indexdef from pg_indexes where tablename = 'tm_units' and indexname <> 'tm_units_pkey'`;
    for (const i of indexes) await sql.unsafe(`drop index ${i.indexname}`);
    const stats = new Map<Lang, Map<number, number>>([['en', new Map()], ['ar', new Map()], ['fa', new Map()]]);
    const count = (lang: Lang, words: number[]) => {
      const m = stats.get(lang)!;
      for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
    };
    function* units(): Generator<UnitInsert> {
      for (let i = 0; i < UNITS; i++) {
        const b = i < base.length ? base[i]! : pick(base);
        const pair = i < base.length ? b : { ...b, source: vary(b.source, vocab[b.sourceLang], pick(base).source), target: vary(b.target, vocab[b.targetLang], pick(base).target) };
        const keys = pairKeys(pair.source, pair.target, pair.sourceLang, pair.targetLang);
        count(pair.sourceLang, keys.sourceWords);
        count(pair.targetLang, keys.targetWords);
        yield {
          memoryId: memory.id, level: 'sentence', sourceLang: pair.sourceLang, targetLang: pair.targetLang, sourceText: pair.source, targetText: pair.target,
          sourceContent: null, targetContent: null, sourceTags: 0, ...keys, prevKey: null, nextKey: null, documentId: null, segmentId: null,
          sentenceIndex: null, tuid: null, props: null, author: 'bench', createdAt: null, changedAt: null,
        };
        if (i > 0 && i % 200_000 === 0) console.log(`  ${i} units generated and copied (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
      }
    }
    const tLoad = performance.now();
    if (loaded === 0) await db.copyUnits(units());
    const loadS = (performance.now() - tLoad) / 1000;
    if (loaded === 0) for (const [lang, m] of stats) await db.addWordStats(sql, lang, m);
    const tIdx = performance.now();
    for (const i of indexes) await sql.unsafe(i.indexdef);
    await sql`analyze tm_units`;
    await sql`analyze tm_word_stats`;
    const indexS = (performance.now() - tIdx) / 1000;
    const [{ n }] = (await sql<{ n: number }[]>`select count(*)::int as n from tm_units`) as unknown as [{ n: number }];
    // A server that has been serving the memory holds its table and word index in its cache: so does this one,
    // whether the units were just loaded or reused (a restarted server starts cold).
    await sql`create extension if not exists pg_prewarm`;
    const tWarm = performance.now();
    await sql`select pg_prewarm('tm_units'), pg_prewarm('tm_units_words'), pg_prewarm('tm_units_bigrams')`;
    console.log(`server: shared_buffers ${(await sql<{ v: string }[]>`select current_setting('shared_buffers') as v`)[0]!.v}, table, word and bigram indexes read into it in ${((performance.now() - tWarm) / 1000).toFixed(1)} s`);
    if (keep) writeFileSync(join(dir, 'bench-tm.json'), JSON.stringify({ units: UNITS, migrations: migrationHashes() } satisfies KeptMeta));
    if (loaded > 0) console.log(`reused the ${n} units loaded in ${dir}`);
    else console.log(`loaded ${n} units: copy ${loadS.toFixed(1)} s (${Math.round(n / loadS)} units/s, keys computed on the way), indexes ${indexS.toFixed(1)} s`);

    // The query mix.
    rand = seededRandom(1313);
    type Q = { kind: 'exact' | 'fuzzy' | 'short' | 'ar-fa'; pair: Pair; text: string };
    const shorts = base.filter((p) => p.sourceLang === 'en' && p.source.length < 15);
    const enPairs = base.filter((p) => p.sourceLang === 'en');
    const arPairs = base.filter((p) => p.sourceLang === 'ar');
    const queries: Q[] = [];
    for (let i = 0; i < QUERIES; i++) {
      const r = i % 10;
      if (r < 3) {
        const p = pick(enPairs);
        queries.push({ kind: 'exact', pair: p, text: p.source });
      } else if (r < 7) {
        const p = pick(enPairs);
        const w = split(p.source);
        if (w.length > 3) w[Math.floor(rand() * w.length)] = pick(vocab.en);
        queries.push({ kind: 'fuzzy', pair: p, text: w.join(' ') });
      } else if (r < 9) {
        const p = shorts.length > 0 ? pick(shorts) : pick(enPairs);
        queries.push({ kind: 'short', pair: p, text: p.source.length < 15 ? p.source : split(p.source).slice(0, 2).join(' ') });
      } else {
        const p = arPairs.length > 0 ? pick(arPairs) : pick(enPairs);
        queries.push({ kind: 'ar-fa', pair: p, text: p.source });
      }
    }
    const scope = (q: Q) => ({ sourceLang: q.pair.sourceLang, targetLang: q.pair.targetLang, memoryIds: null });
    // warm up
    for (const q of queries.slice(0, 20)) await tm.lookupText(actor, { source: q.pair.sourceLang, target: q.pair.targetLang, text: q.text, limit: 5 });
    const times: number[] = [];
    const byKind = new Map<string, number[]>();
    const { similarity } = await import('../lib/tm/score');
    let found = 0;
    // or, when not, five matches at least as good as it were offered (near-duplicates of equal score)
    let foundOrBetter = 0;
    let expected = 0;
    let candidates = 0;
    for (const q of queries) {
      const t = performance.now();
      const r = await tm.lookupText(actor, { source: q.pair.sourceLang, target: q.pair.targetLang, text: q.text, limit: 5 });
      const ms = performance.now() - t;
      times.push(ms);
      byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), ms]);
      if (!r.ok) throw new Error(r.code);
      candidates += r.value.length;
      // recall: the unit the query was made from, whenever it scores at the threshold or above
      if (similarity(q.text, q.pair.source, q.pair.sourceLang) >= 70) {
        expected++;
        const own = similarity(q.text, q.pair.source, q.pair.sourceLang);
        if (r.value.some((m) => m.source === q.pair.source)) found++;
        if (r.value.some((m) => m.source === q.pair.source) || (r.value.length >= 5 && r.value.every((m) => m.score >= own))) foundOrBetter++;
      }
    }
    console.log(`fuzzy lookup top 5, ${queries.length} queries: p50 ${pct(times, 50)} ms, p95 ${pct(times, 95)} ms, p99 ${pct(times, 99)} ms; the unit a query was made from found in ${((100 * found) / Math.max(1, expected)).toFixed(1)}% of the ${expected} where it scores 70 or more (it or five as good: ${((100 * foundOrBetter) / Math.max(1, expected)).toFixed(1)}%), ${(candidates / queries.length).toFixed(1)} matches per query`);
    // Where the time goes: each query class, and the slowest queries (the p95's source).
    for (const [k, xs] of byKind) console.log(`  ${k.padEnd(6)} ${String(xs.length).padStart(4)} queries: p50 ${pct(xs, 50)} ms, p95 ${pct(xs, 95)} ms, max ${pct(xs, 100)} ms, ${Math.round(xs.reduce((a, b) => a + b, 0))} ms in all`);
    const slowest = queries.map((q, i) => ({ q, ms: times[i]! })).sort((a, b) => b.ms - a.ms).slice(0, Math.max(3, Math.ceil(queries.length / 20)));
    console.log(`  slowest (the top 5%): ${slowest.map(({ q, ms }) => `${q.kind} ${split(q.text).length}w ${ms.toFixed(0)} ms`).join('; ')}`);
    if (argv.includes('--slow')) for (const { q, ms } of slowest) console.log(`    ${ms.toFixed(1)} ms ${q.kind} ${q.pair.sourceLang}>${q.pair.targetLang}: ${q.text}`);
    // --explain: the plans of the slowest queries' candidate statements (the body of tm_fuzzy_candidates), each tier
    if (argv.includes('--explain')) {
      const { candidatePlan } = await import('../lib/tm/prefilter');
      const { tmTokens, wordHash, pairSalt } = await import('../lib/tm/tokens');
      for (const { q } of slowest.slice(0, 5)) {
        const keys = tmTokens(q.text, q.pair.sourceLang).map((x) => x.key);
        const freq = await db.wordFrequencies(q.pair.sourceLang, keys.map(wordHash));
        for (const tier of [90, 70]) {
          const plan = candidatePlan(keys, tier, (h) => freq.get(h) ?? 0, pairSalt(q.pair.sourceLang, q.pair.targetLang));
          const rows = await sql.unsafe(FUZZY_EXPLAIN, [plan.query, plan.words, q.pair.sourceLang, q.pair.targetLang, plan.minWords, plan.maxWords, plan.minShared, keys.length, 200]);
          console.log(`  explain ${q.kind} "${q.text}" tier ${tier}: rare ${plan.rare.map((h) => freq.get(h) ?? 0).join(',')}`);
          for (const r of rows) console.log(`    ${Object.values(r)[0]}`);
        }
      }
    }

    const exactTimes: number[] = [];
    for (const q of queries.filter((x) => x.kind === 'exact')) {
      const t = performance.now();
      await findMatches(scope(q), [{ text: q.text, lang: q.pair.sourceLang }], { threshold: 70, limit: 5, fuzzy: 'unless-exact' });
      exactTimes.push(performance.now() - t);
    }
    console.log(`exact lookup: p50 ${pct(exactTimes, 50)} ms, p95 ${pct(exactTimes, 95)} ms`);

    // Baseline: the same lookups with index scans turned off (a sequential scan of the units).
    const sample = queries.filter((_, i) => i % Math.max(1, Math.floor(queries.length / BASELINE_QUERIES)) === 0).slice(0, BASELINE_QUERIES);
    const baseTimes: number[] = [];
    const sameTimes: number[] = [];
    for (const q of SKIP.has('baseline') ? [] : sample) {
      let t = performance.now();
      const seq = await findMatches(scope(q), [{ text: q.text, lang: q.pair.sourceLang }], { threshold: 70, limit: 5, seqscan: true });
      baseTimes.push(performance.now() - t);
      t = performance.now();
      const idx = await findMatches(scope(q), [{ text: q.text, lang: q.pair.sourceLang }], { threshold: 70, limit: 5 });
      sameTimes.push(performance.now() - t);
      if (JSON.stringify(seq[0]!.map((m) => m.score)) !== JSON.stringify(idx[0]!.map((m) => m.score))) console.log(`  note: scores differ for "${q.text}"`);
    }
    console.log(`baseline (sequential scan, ${sample.length} of the queries): p50 ${pct(baseTimes, 50)} ms, p95 ${pct(baseTimes, 95)} ms; the index on the same queries p95 ${pct(sameTimes, 95)} ms`);

    // Peer: pg_trgm similarity with its GIN index, re-scored by nothing (Weblate's approach), same sample.
    const trgmTimes: number[] = [];
    let trgmFound = 0;
    const { normalizeKey } = await import('../lib/text/normalize');
    for (const q of SKIP.has('trgm') ? [] : sample) {
      const key = normalizeKey(q.text, q.pair.sourceLang);
      const t = performance.now();
      const rows = await sql.begin(async (tx) => {
        await tx`set local pg_trgm.similarity_threshold = 0.5`;
        await tx`set local statement_timeout = '30s'`;
        return tx<{ source_text: string }[]>`select source_text from tm_units where source_lang = ${q.pair.sourceLang} and target_lang = ${q.pair.targetLang}
          and source_key % ${key} order by similarity(source_key, ${key}) desc limit 5`;
      });
      trgmTimes.push(performance.now() - t);
      if (rows.some((r) => r.source_text === q.pair.source)) trgmFound++;
    }
    console.log(`peer (pg_trgm % with GIN, similarity 0.5): p50 ${pct(trgmTimes, 50)} ms, p95 ${pct(trgmTimes, 95)} ms, own unit found ${((100 * trgmFound) / sample.length).toFixed(1)}%`);

    // Pre-translation of a document: exact sources, variations and new text.
    const para = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    const segs = Array.from({ length: SEGMENTS }, () => {
      const p = pick(enPairs);
      const r = rand();
      // new text: as many words drawn from the vocabulary (a sentence the memory never saw)
      const fresh = () => split(p.source).map(() => pick(vocab.en)).join(' ');
      const text = r < 0.4 ? p.source : r < 0.8 ? vary(p.source, vocab.en, pick(enPairs).source) : fresh();
      return { kind: 'paragraph' as const, content: para(text), text };
    });
    const docId = await createDocument({ title: 'bench', authors: [], publishedOn: null, sourceUrl: null, sourceLang: 'en', segments: segs }, 'local');
    let t = performance.now();
    const analysis = await tm.analyzeDocument(actor, { documentId: docId, lang: 'ar' });
    const analyzeS = (performance.now() - t) / 1000;
    t = performance.now();
    const pre = await tm.pretranslateDocument(actor, { documentId: docId, lang: 'ar', min: 75 });
    const preS = (performance.now() - t) / 1000;
    if (!pre.ok || !analysis.ok) throw new Error('pretranslate failed');
    const segPerS = Math.round(SEGMENTS / preS);
    console.log(`analysis of ${SEGMENTS} segments: ${analyzeS.toFixed(2)} s (${Math.round(SEGMENTS / analyzeS)} segments/s); bands ${JSON.stringify(Object.fromEntries(Object.entries(analysis.value.bands).map(([k, v]) => [k, v.segments])))}`);
    console.log(`pre-translation (min 75): ${preS.toFixed(2)} s, ${segPerS} segments/s, ${pre.value.filled} filled (${pre.value.filledFuzzy} fuzzy)`);

    // TMX import through the use case (parse, keys, inserts with every index live, one transaction).
    let importRate: number | null = null;
    if (!SKIP.has('import')) {
      const bytes = new Uint8Array(readFileSync(files[0]!));
      t = performance.now();
      const imp = await tm.importTmx(actor, { bytes, memory: 'bench import' });
      const impS = (performance.now() - t) / 1000;
      if (!imp.ok) throw new Error(imp.code);
      importRate = Math.round(imp.value.units / impS);
      console.log(`TMX import of ${files[0]}: ${imp.value.units} units in ${impS.toFixed(2)} s (${importRate} units/s)`);
    }

    const bytesOnDisk = await db.memorySizeBytes();
    console.log(`memory size on disk: ${(bytesOnDisk / 2 ** 20).toFixed(0)} MiB (table, TOAST and indexes), ${Math.round(bytesOnDisk / n)} bytes per unit`);

    // Importing a file into a memory that holds it already (every unit met and left), beside the first
    // import of the same file into that memory, in this run.
    const reimport: number[] = [];
    for (const label of SKIP.has('import') ? [] : ['first import', 're-import']) {
      t = performance.now();
      const r = await tm.importTmx(actor, { bytes: new Uint8Array(readFileSync(files[0]!)), memory: 'bench re-import' });
      const s = (performance.now() - t) / 1000;
      if (!r.ok) throw new Error(r.code);
      reimport.push(Math.round(r.value.units / s));
      console.log(`TMX ${label} into "bench re-import": ${r.value.added} added, ${r.value.updated} updated, ${r.value.unchanged} unchanged in ${s.toFixed(2)} s (${reimport[reimport.length - 1]} units/s)`);
    }
    const reimportRate = reimport[1] ?? null;
        // The machine is shared: the load average says how far the wall-clock figures are from an idle one.
    const load = Math.round(loadavg()[0]! * 10) / 10;
    console.log(`load average (1 min) at the end: ${load} on ${(await import('node:os')).cpus().length} cores`);
    console.log(
      JSON.stringify({
        units: n,
        load_avg: load,
        shared_buffers: SHARED_BUFFERS,
        queries: queries.length,
        p50_ms: pct(times, 50),
        p95_ms: pct(times, 95),
        p99_ms: pct(times, 99),
        baseline_p95_ms: baseTimes.length > 0 ? pct(baseTimes, 95) : null,
        baseline_ratio: Math.round((pct(baseTimes, 95) / Math.max(0.01, pct(sameTimes, 95))) * 10) / 10,
        trgm_p95_ms: trgmTimes.length > 0 ? pct(trgmTimes, 95) : null,
        exact_p95_ms: pct(exactTimes, 95),
        found_pct: Math.round((1000 * found) / Math.max(1, expected)) / 10,
        found_or_better_pct: Math.round((1000 * foundOrBetter) / Math.max(1, expected)) / 10,
        pretranslate_segments_per_s: segPerS,
        analysis_segments_per_s: Math.round(SEGMENTS / analyzeS),
        tmx_import_units_per_s: importRate,
        tmx_reimport_units_per_s: reimportRate,
        load_units_per_s: loaded > 0 ? null : Math.round(n / loadS),
        size_mib: Math.round(bytesOnDisk / 2 ** 20),
      }),
    );
  } finally {
    await closeSql();
    await server.stop();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
