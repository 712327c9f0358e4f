/**
 * Glossary search benchmark (npm run bench:glossary). Starts a throwaway embedded PostgreSQL, loads
 * 100k concepts whose en/ar/fa terms are word n-grams of the TICO-19 parallel sentences (through
 * importGlossary, in one transaction), then runs searches in the three languages — prefixes of real
 * terms as a user types them, and misspelt ones — and reports p50/p95 of searchConcepts beside a
 * baseline measured in the same run: the same queries as a sequential ILIKE '%q%' scan over the
 * terms' text. "found" is the share of queries whose source concept is among the first 20 hits.
 * Also times building the matcher index of the whole glossary. Ends with one JSON line.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../lib/db/embedded';
import { freePort } from '../tests/support/free-port';
import type { Concept } from '../lib/terms/types';
import type { Lang } from '../lib/text/lang';
import { seededRandom, tico19Lines } from './shared-data';

const CONCEPTS = Number(process.env.BENCH_CONCEPTS ?? 100_000);
const QUERIES_PER_LANG = Number(process.env.BENCH_QUERIES ?? 150);
const LANGS: Lang[] = ['en', 'ar', 'fa'];

const words = (line: string) => line.split(/\s+/u).map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')).filter((w) => /\p{L}/u.test(w));

function makeConcepts(rand: () => number): Concept[] {
  const lines = Object.fromEntries(LANGS.map((l) => [l, tico19Lines(l).map(words)])) as Record<Lang, string[][]>;
  const n = lines.en.length;
  const out: Concept[] = [];
  for (let i = 0; i < CONCEPTS; i++) {
    const line = Math.floor(rand() * n);
    const terms: Concept['terms'] = [];
    for (const lang of LANGS) {
      const ws = lines[lang][line] ?? [];
      if (ws.length === 0) continue;
      const len = 1 + Math.floor(rand() * Math.min(4, ws.length));
      const start = Math.floor(rand() * (ws.length - len + 1));
      terms.push({ lang, text: ws.slice(start, start + len).join(' '), status: rand() < 0.9 ? 'preferred' : 'admitted' });
    }
    if (terms.length > 0) out.push({ id: `b-${i}`, terms });
  }
  return out;
}

interface Query { q: string; lang: Lang; concept: string; kind: 'typed' | 'typo' }

// What a user types: the first 3+ characters of a real term, or the whole term with one letter dropped.
function makeQueries(concepts: Concept[], rand: () => number): Query[] {
  const out: Query[] = [];
  for (const lang of LANGS) {
    while (out.filter((q) => q.lang === lang).length < QUERIES_PER_LANG) {
      const c = concepts[Math.floor(rand() * concepts.length)]!;
      const term = c.terms.find((t) => t.lang === lang);
      if (!term || [...term.text].length < 5) continue;
      const chars = [...term.text];
      if (rand() < 0.7) {
        out.push({ q: chars.slice(0, 3 + Math.floor(rand() * (chars.length - 2))).join(''), lang, concept: c.id, kind: 'typed' });
      } else {
        const at = 1 + Math.floor(rand() * (chars.length - 2));
        if (chars[at] === ' ' || chars[at] === '\u200c') continue;
        out.push({ q: [...chars.slice(0, at), ...chars.slice(at + 1)].join(''), lang, concept: c.id, kind: 'typo' });
      }
    }
  }
  return out;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 100) / 100;
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tarjuman-bench-pg-'));
  chmodSync(dir, 0o755);
  // BENCH_DATABASE_URL: reuse a database already loaded by an earlier run (to iterate on queries)
  const reuse = process.env.BENCH_DATABASE_URL;
  const server = reuse ? { url: reuse, stop: async () => {} } : await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: 'bench', persistent: false });
  process.env.DATABASE_URL = server.url;
  const { migrate } = await import('../lib/db/migrate');
  const { sql, closeSql } = await import('../lib/db/sql');
  const { searchConcepts } = await import('../lib/db/glossary');
  const { importConcepts } = await import('../lib/server/glossary');
  const { glossarySnapshot } = await import('../lib/server/glossary-cache');
  const { SYSTEM_ACTOR } = await import('../lib/server/actor');
  try {
    await migrate();
    const rand = seededRandom(20261125);
    const concepts = makeConcepts(rand);
    let t = performance.now();
    if (!reuse) {
      const r = await importConcepts(SYSTEM_ACTOR, concepts);
      if (!r.ok) throw new Error(`${r.code} ${JSON.stringify(r.params)}`);
    }
    const loadMs = performance.now() - t;
    await sql`vacuum analyze glossary_terms`;
    await sql`vacuum analyze glossary_concepts`;
    const [{ terms }] = await sql<{ terms: number }[]>`select count(*)::int as terms from glossary_terms`;
    console.log(`loaded ${concepts.length} concepts, ${terms} terms in ${(loadMs / 1000).toFixed(1)} s (importGlossary, one transaction)`);

    const queries = makeQueries(concepts, seededRandom(7));
    for (const q of queries.slice(0, 20)) await searchConcepts(q.q, { lang: q.lang, limit: 20 }); // warm-up
    const times: Record<string, number[]> = { all: [], en: [], ar: [], fa: [] };
    let found = 0;
    for (const q of queries) {
      t = performance.now();
      const hits = await searchConcepts(q.q, { lang: q.lang, limit: 20 });
      const ms = performance.now() - t;
      times.all!.push(ms);
      times[q.lang]!.push(ms);
      if (process.env.BENCH_DEBUG && ms > 30) console.log(`slow ${ms.toFixed(1)} ms ${q.lang} ${JSON.stringify(q.q)} ${hits.length}`);
      if (hits.some((h) => h.id === q.concept)) found++;
    }
    const base: number[] = [];
    let baseFound = 0;
    for (const q of queries) {
      t = performance.now();
      const rows = await sql<{ concept_id: string }[]>`
        select distinct t.concept_id from glossary_terms t join glossary_concepts c on c.id = t.concept_id
        where c.deleted_at is null and t.lang = ${q.lang} and t.text ilike ${`%${q.q.replace(/[\\%_]/g, '\\$&')}%`} limit 20`;
      base.push(performance.now() - t);
      if (rows.some((r) => r.concept_id === q.concept)) baseFound++;
    }
    t = performance.now();
    const { index } = await glossarySnapshot();
    const indexMs = performance.now() - t;

    const line = (name: string, xs: number[]) => console.log(`${name.padEnd(28)} p50 ${pct(xs, 50)} ms  p95 ${pct(xs, 95)} ms  max ${pct(xs, 100)} ms`);
    console.log(`${queries.length} queries (${queries.filter((q) => q.kind === 'typo').length} misspelt), limit 20`);
    for (const k of ['en', 'ar', 'fa', 'all']) line(`searchConcepts ${k}`, times[k]!);
    line('baseline ILIKE scan, all', base);
    console.log(`source concept in the hits: search ${((100 * found) / queries.length).toFixed(1)}%, ILIKE ${((100 * baseFound) / queries.length).toFixed(1)}%`);
    console.log(`matcher index of the whole glossary (load + build): ${(indexMs / 1000).toFixed(2)} s, ${index.size} terms`);
    console.log(
      JSON.stringify({
        bench: 'glossary-search', concepts: concepts.length, terms, load_s: Math.round(loadMs / 100) / 10, queries: queries.length,
        p50_ms: pct(times.all!, 50), p95_ms: pct(times.all!, 95), p95_en_ms: pct(times.en!, 95), p95_ar_ms: pct(times.ar!, 95), p95_fa_ms: pct(times.fa!, 95),
        baseline_p50_ms: pct(base, 50), baseline_p95_ms: pct(base, 95), found: Math.round((1000 * found) / queries.length) / 1000,
        baseline_found: Math.round((1000 * baseFound) / queries.length) / 1000, index_build_s: Math.round(indexMs / 10) / 100, target_p95_ms: 50,
      }),
    );
  } finally {
    await closeSql();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
