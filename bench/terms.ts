/**
 * Term matcher benchmark (`npm run bench:terms`): glossaries of 1k, 10k and 100k concepts in en/ar/fa
 * built from the TICO-19 glossaries and n-grams of the TICO-19 parallel corpus, documents of 1k and 10k
 * words per language from the same corpus, and in the same run a baseline of one Unicode-aware regular
 * expression per term and a generic Aho–Corasick automaton (@monyone/aho-corasick) over the same
 * terms as a peer. Ends with one JSON line of figures.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { AhoCorasick } from '@monyone/aho-corasick';
import { parseCsv } from '../lib/formats/csv';
import type { Lang } from '../lib/text/lang';
import { addTerm, buildTermIndex, matchTerms } from '../lib/terms';
import type { Concept } from '../lib/terms/types';
import { TICO19 as DATA } from './shared-data';

const LANGS: Lang[] = ['en', 'ar', 'fa'];
const SIZES = [1_000, 10_000, 100_000];
const BASELINE_SIZES = [1_000, 10_000];
const BASELINE_BUDGET_MS = 4_000; // per language and size; beyond it the rest is extrapolated

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const corpus = Object.fromEntries(
  LANGS.map((l) => [l, readFileSync(`${DATA}/parallel/tico19.${l}.txt`, 'utf8').split('\n').filter(Boolean)]),
) as Record<Lang, string[]>;

/** Real glossary rows: one concept per English source string, with its Arabic and Farsi targets. */
function realConcepts(): Concept[] {
  const byEn = new Map<string, Concept>();
  for (const [file, lang] of [['f_en-ar_AR.csv', 'ar'], ['f_en-fa_IR.csv', 'fa'], ['g_en_ar.csv', 'ar'], ['g_en_fa.csv', 'fa']] as const) {
    const [head, ...rows] = parseCsv(readFileSync(`${DATA}/glossaries/${file}`, 'utf8'), ',');
    const src = head!.fields.indexOf('sourceString');
    const tgt = head!.fields.indexOf('targetString');
    for (const r of rows) {
      const en = r.fields[src]!.trim();
      let c = byEn.get(en.toLowerCase());
      if (!c) byEn.set(en.toLowerCase(), (c = { id: `tico-${byEn.size}`, terms: [{ lang: 'en', text: en, status: 'preferred' }] }));
      if (!c.terms.some((t) => t.lang === lang)) c.terms.push({ lang, text: r.fields[tgt]!.trim(), status: 'preferred' });
    }
  }
  return [...byEn.values()];
}

/** Distinct word n-grams (1-4 words) of a language's corpus, in a fixed pseudo-random order. */
function ngrams(lang: Lang): string[] {
  const seen = new Set<string>();
  for (const line of corpus[lang]) {
    const words = line.split(/\s+/u).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
    for (let n = 1; n <= 4; n++) for (let i = 0; i + n <= words.length; i++) seen.add(words.slice(i, i + n).join(' '));
  }
  const list = [...seen];
  let seed = 42;
  for (let i = list.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const j = seed % (i + 1);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

function glossary(size: number, real: Concept[], grams: Record<Lang, string[]>): Concept[] {
  const concepts = real.slice(0, size);
  for (let i = 0; concepts.length < size; i++)
    concepts.push({ id: `ng-${i}`, terms: LANGS.map((lang) => ({ lang, text: grams[lang][i]!, status: 'preferred' as const })) });
  return concepts;
}

function documentOf(lang: Lang, words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 500; count < words; i++) {
    const line = corpus[lang][i % corpus[lang].length]!;
    out.push(line);
    count += line.split(/\s+/u).filter(Boolean).length;
  }
  return out.join(' ');
}

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

function median(times: number[]): number {
  const s = [...times].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Median wall time of `runs` calls, the fastest run, and the median CPU time of the process: on a
 * shared machine a call often waits for a core, which counts in wall time and not in CPU time.
 */
function timed(runs: number, run: () => void): { ms: number; minMs: number; cpuMs: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: median(wall), minMs: Math.min(...wall), cpuMs: median(cpu) };
}

function timeMatch(index: ReturnType<typeof buildTermIndex>, text: string, lang: Lang): { ms: number; minMs: number; cpuMs: number; matches: number } {
  let matches = 0;
  for (let w = 0; w < 3; w++) matches = matchTerms(index, text, lang).length; // warm-up
  return { ...timed(11, () => matchTerms(index, text, lang)), matches };
}

/**
 * The first match after a glossary edit: the matcher remembers word forms per index until the index
 * changes, so each timed run follows an addTerm (not timed) and starts without remembered forms.
 */
function timeFirstMatch(index: ReturnType<typeof buildTermIndex>, text: string, lang: Lang): number {
  const times: number[] = [];
  for (let r = 0; r < 11; r++) {
    addTerm(index, `bench-edit-${lang}-${r}`, { lang, text: `benchedit${r}`, status: 'preferred' });
    const t0 = performance.now();
    matchTerms(index, text, lang);
    times.push(performance.now() - t0);
  }
  return median(times);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression per term over the raw text: the approach the matcher replaces. */
function baseline(concepts: Concept[], text: string, lang: Lang): { ms: number; extrapolated: boolean; matches: number } {
  const terms = concepts.flatMap((c) => c.terms.filter((t) => t.lang === lang).map((t) => t.text));
  const regexes = terms.map((t) => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escape(t)}(?![\\p{L}\\p{M}\\p{N}])`, 'giu'));
  let matches = 0;
  let done = 0;
  const t0 = performance.now();
  for (const re of regexes) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) matches++;
    done++;
    if (performance.now() - t0 > BASELINE_BUDGET_MS) break;
  }
  const elapsed = performance.now() - t0;
  return { ms: (elapsed * regexes.length) / done, extrapolated: done < regexes.length, matches };
}

/**
 * A generic Aho–Corasick automaton over the raw terms of the language, run on the raw text: every
 * occurrence of every term as a substring, with no normalization, word boundaries, morphology or
 * choice among overlapping matches (less than the matcher does). Median of 5 runs after one.
 */
function ahoCorasick(concepts: Concept[], text: string, lang: Lang): { ms: number; cpuMs: number; buildMs: number; hits: number } {
  const terms = concepts.flatMap((c) => c.terms.filter((t) => t.lang === lang).map((t) => t.text));
  const t0 = performance.now();
  const automaton = new AhoCorasick(terms);
  const buildMs = performance.now() - t0;
  const hits = automaton.matchInText(text).length;
  return { ...timed(5, () => automaton.matchInText(text)), buildMs, hits };
}

/** Memory kept by an index (JS heap plus typed-array buffers): with a fresh index alive minus after dropping it. */
function retainedMb(concepts: Concept[]): { heap: number; buffers: number } {
  let probe: ReturnType<typeof buildTermIndex> | null = buildTermIndex(concepts);
  gc();
  const withIndex = process.memoryUsage();
  if (probe.size < 0) console.log(''); // keeps the index alive until measured
  probe = null;
  gc();
  const without = process.memoryUsage();
  return { heap: (withIndex.heapUsed - without.heapUsed) / 1024 / 1024, buffers: (withIndex.arrayBuffers - without.arrayBuffers) / 1024 / 1024 };
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function main(): void {
  const real = realConcepts();
  const grams = Object.fromEntries(LANGS.map((l) => [l, ngrams(l)])) as Record<Lang, string[]>;
  const docs = Object.fromEntries(LANGS.map((l) => [l, { 1000: documentOf(l, 1_000), 10000: documentOf(l, 10_000) }])) as unknown as Record<Lang, Record<number, string>>;
  console.log(`real glossary concepts: ${real.length}; distinct n-grams: ${LANGS.map((l) => `${l} ${grams[l].length}`).join(', ')}`);
  const figures: Record<string, unknown> = { node: process.version };
  for (const size of SIZES) {
    const concepts = glossary(size, real, grams);
    gc();
    const t0 = performance.now();
    const index = buildTermIndex(concepts);
    const buildMs = performance.now() - t0;
    const memory = retainedMb(concepts);
    console.log(`\n${size} concepts (${index.size} terms): index built in ${round(buildMs, 1)} ms, index heap ${round(memory.heap, 1)} MB + typed arrays ${round(memory.buffers, 1)} MB`);
    const row: Record<string, unknown> = { buildMs: round(buildMs, 1), heapMb: round(memory.heap, 1), buffersMb: round(memory.buffers, 1), terms: index.size };
    // The matcher first for every language, then the peer and the baseline: their garbage (hundreds
    // of MB for the peer at 100k terms) is still being collected when the next timing starts.
    const tenK = {} as Record<Lang, { ms: number; cpuMs: number }>;
    for (const lang of LANGS) {
      for (const words of [1_000, 10_000]) {
        const doc = docs[lang][words]!;
        const n = wordCount(doc);
        const { ms, minMs, cpuMs, matches } = timeMatch(index, doc, lang);
        const per10k = (ms * 10_000) / n;
        console.log(`  ${lang} ${n} words: ${round(ms)} ms (${round(per10k)} ms per 10k words; fastest run ${round((minMs * 10_000) / n)}, CPU time ${round((cpuMs * 10_000) / n)}), ${matches} matches`);
        row[`${lang}_${words}_msPer10kWords`] = round(per10k);
        row[`${lang}_${words}_minMsPer10kWords`] = round((minMs * 10_000) / n);
        row[`${lang}_${words}_cpuMsPer10kWords`] = round((cpuMs * 10_000) / n);
        if (words === 10_000) {
          tenK[lang] = { ms, cpuMs };
          const first = (timeFirstMatch(index, doc, lang) * 10_000) / n;
          console.log(`  ${lang} ${n} words, first match after a glossary edit: ${round(first)} ms per 10k words`);
          row[`${lang}_10000_firstMsPer10kWords`] = round(first);
        }
      }
    }
    for (const lang of LANGS) {
      const doc = docs[lang][10_000]!;
      const { ms, cpuMs } = tenK[lang];
      const peer = ahoCorasick(concepts, doc, lang);
      console.log(`  ${lang} peer Aho–Corasick (@monyone/aho-corasick, raw substrings): ${round(peer.ms, 1)} ms (CPU time ${round(peer.cpuMs, 1)}), ${peer.hits} raw hits, built in ${round(peer.buildMs, 0)} ms; matcher is ${round(peer.ms / ms, 1)}x faster (${round(peer.cpuMs / cpuMs, 1)}x in CPU time)`);
      row[`${lang}_ahoCorasickMs`] = round(peer.ms, 1);
      row[`${lang}_ahoCorasickCpuMs`] = round(peer.cpuMs, 1);
      row[`${lang}_ahoCorasickBuildMs`] = round(peer.buildMs, 0);
      row[`${lang}_vsAhoCorasick`] = round(peer.ms / ms, 1);
      gc();
      if (BASELINE_SIZES.includes(size)) {
        const base = baseline(concepts, doc, lang);
        const ratio = base.ms / ms;
        console.log(`  ${lang} baseline (one regex per term): ${round(base.ms, 0)} ms${base.extrapolated ? ' (extrapolated from the part run within the time bound)' : ''}, ${base.matches} raw hits; matcher is ${round(ratio, 0)}x faster`);
        row[`${lang}_baselineMs`] = round(base.ms, 0);
        row[`${lang}_speedup`] = round(ratio, 0);
      }
    }
    figures[`c${size}`] = row;
  }
  console.log(JSON.stringify({ bench: 'terms', ...figures }));
}

main();
