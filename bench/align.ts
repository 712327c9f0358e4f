/**
 * Sentence alignment benchmark (npm run bench:align). The 3,071 line-aligned TICO-19 sentences are cut
 * into documents along their sources (a source of more than 40 lines into near-equal parts of at most
 * 40). With a fixed seed, each document gets merges of neighbouring sentences (2–1, 1–2 links), dropped
 * sentences (1–0, 0–1) and headline-like lines (final punctuation stripped from some short lines on
 * both sides). The full model, the full model with the TICO-19 glossary and a length-only Gale–Church
 * baseline align them in the same run; a link is correct when both index lists equal the truth's
 * (null links count). Printed: strict F1 per document (mean and minimum), F1 over all links pooled,
 * 1–0 / 0–1 recall, how far the links' confidence can be trusted; then the whole corpus as one ~2,900-sentence document (F1 and time, best of two,
 * wall and CPU, beside the baseline's). Ends with one JSON line.
 *
 * Checks against fitting one draw: ALIGN_SEED=N[,M...] adds runs of the full model on documents drawn
 * with those seeds; ALIGN_SLICE=tune|check keeps the documents of even (tune) or odd (check) source
 * order only. Rules are developed on the tune slice with seeds other than the fixed one and confirmed
 * on the check slice and the fixed seed. ALIGN_HEADLINES=R sets the share of short lines made headlines (0.5).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences } from '../lib/align/align-sentences';
import type { AlignLink, AlignOptions, TermIndex } from '../lib/align/types';
import { parseGlossaryFile } from '../lib/formats/glossary-file';
import { buildTermIndex } from '../lib/terms';
import { seededRandom, TICO19, tico19Lines } from './shared-data';

const GLOSSARY_FILES = { ar: ['f_en-ar_AR.csv', 'g_en_ar.csv'], fa: ['f_en-fa_IR.csv', 'g_en_fa.csv'] };
const LINES = 3071;
const DOC = 40;
const RATES = { mergeTarget: 0.05, mergeSource: 0.05, dropTarget: 0.02, dropSource: 0.02, headline: Number(process.env.ALIGN_HEADLINES ?? 0.5) };
/** Lines of at most this many English words may become headlines (final punctuation stripped). */
const HEADLINE_WORDS = 10;
const SEED = 20211113;
const WHOLE_SEED = 7;

/** The TICO-19 terminology lists of a pair as one term index. */
function glossary(lang: 'ar' | 'fa'): TermIndex {
  return buildTermIndex(GLOSSARY_FILES[lang].flatMap((f) => parseGlossaryFile(readFileSync(join(TICO19, 'glossaries', f)), f)));
}

/** [start, end) line ranges of the documents: sources in order, long ones cut into near-equal parts. */
function documentRanges(): [number, number][] {
  const urls = readFileSync(join(TICO19, 'parallel', 'tico19.ids.tsv'), 'utf8').split('\n').slice(1, LINES + 1).map((l) => l.split('\t')[2]);
  const ranges: [number, number][] = [];
  for (let start = 0; start < LINES; ) {
    let end = start;
    while (end < LINES && urls[end] === urls[start]) end++;
    const parts = Math.ceil((end - start) / DOC);
    for (let p = 0; p < parts; p++) ranges.push([start + Math.round(((end - start) * p) / parts), start + Math.round(((end - start) * (p + 1)) / parts)]);
    start = end;
  }
  return ranges;
}

interface Doc {
  source: string[];
  target: string[];
  truth: AlignLink[];
}

const FINAL = /[\s.!?؟:;…。۔]+$/u;

/** Turns line-aligned pairs into a document with headlines, merges and drops, and the true links. */
function makeDoc(en: string[], tg: string[], rand: () => number): Doc {
  const doc: Doc = { source: [], target: [], truth: [] };
  en = en.slice();
  tg = tg.slice();
  for (let k = 0; k < en.length; k++) {
    const short = en[k]!.split(/\s+/u).length <= HEADLINE_WORDS;
    if (rand() < RATES.headline && short) {
      en[k] = en[k]!.replace(FINAL, '');
      tg[k] = tg[k]!.replace(FINAL, '');
    }
  }
  const link = (s: string[], t: string[]) => {
    const source = s.map((x) => doc.source.push(x) - 1);
    const target = t.map((x) => doc.target.push(x) - 1);
    doc.truth.push({ source, target, score: 1 });
  };
  const r1 = RATES.mergeTarget;
  const r2 = r1 + RATES.mergeSource;
  const r3 = r2 + RATES.dropTarget;
  const r4 = r3 + RATES.dropSource;
  for (let k = 0; k < en.length; k++) {
    const r = rand();
    const pair = k + 1 < en.length;
    if (pair && r < r1) link([en[k]!, en[k + 1]!], [`${tg[k]} ${tg[++k]}`]);
    else if (pair && r < r2) link([`${en[k]} ${en[++k]}`], [tg[k - 1]!, tg[k]!]);
    else if (r >= r2 && r < r3) link([en[k]!], []);
    else if (r >= r3 && r < r4) link([], [tg[k]!]);
    else link([en[k]!], [tg[k]!]);
  }
  return doc;
}

const key = (l: AlignLink) => `${l.source.join(',')}|${l.target.join(',')}`;
const round = (x: number) => Math.round(x * 10000) / 10000;

function counts(found: AlignLink[], truth: AlignLink[]) {
  const t = new Set(truth.map(key));
  return { correct: found.filter((l) => t.has(key(l))).length, found: found.length, truth: truth.length };
}

function f1(c: { correct: number; found: number; truth: number }): number {
  if (c.found === 0 || c.truth === 0) return c.found === c.truth ? 1 : 0;
  const p = c.correct / c.found;
  const r = c.correct / c.truth;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Found of true links with an empty side, by shape ('1-0', '0-1'). */
function emptySides(found: AlignLink[], truth: AlignLink[], into: Record<string, [number, number]>): void {
  const f = new Set(found.map(key));
  for (const l of truth) {
    if (l.source.length > 0 && l.target.length > 0) continue;
    const c = (into[`${l.source.length}-${l.target.length}`] ??= [0, 0]);
    c[1]++;
    if (f.has(key(l))) c[0]++;
  }
}

function documents(en: string[], tg: string[], seed: number, slice?: string): Doc[] {
  const rand = seededRandom(seed);
  // Every document is drawn (same random sequence whatever the slice); the slice keeps half of them.
  return documentRanges()
    .map(([a, b]) => makeDoc(en.slice(a, b), tg.slice(a, b), rand))
    .filter((_, k) => slice === undefined || (slice === 'tune') === (k % 2 === 0));
}

/** Per-document and pooled figures of one configuration. */
function runDocs(docs: Doc[], opts: AlignOptions) {
  const pooled = { correct: 0, found: 0, truth: 0 };
  const perDoc: number[] = [];
  const dropped: Record<string, [number, number]> = {};
  // Links with both sides, by confidence: [scored >= 0.9, of them right, wrong ones, wrong scored < 0.9].
  const sure = [0, 0, 0, 0];
  const t0 = performance.now();
  for (const d of docs) {
    const found = alignSentences(d.source, d.target, opts);
    emptySides(found, d.truth, dropped);
    const truth = new Set(d.truth.map(key));
    for (const l of found.filter((x) => x.source.length > 0 && x.target.length > 0)) {
      const right = truth.has(key(l));
      if (l.score >= 0.9) sure[0]++;
      if (l.score >= 0.9 && right) sure[1]++;
      if (!right) sure[2]++;
      if (!right && l.score < 0.9) sure[3]++;
    }
    const c = counts(found, d.truth);
    perDoc.push(f1(c));
    pooled.correct += c.correct;
    pooled.found += c.found;
    pooled.truth += c.truth;
  }
  return {
    docs: docs.length,
    links: pooled.truth,
    docF1Mean: round(perDoc.reduce((a, b) => a + b, 0) / perDoc.length),
    docF1Min: round(Math.min(...perDoc)),
    docsBelow97: perDoc.filter((x) => x < 0.97).length,
    pooled: { precision: round(pooled.correct / pooled.found), recall: round(pooled.correct / pooled.truth), f1: round(f1(pooled)) },
    dropped: Object.fromEntries(Object.entries(dropped).sort().map(([k, [c, t]]) => [k, `${c}/${t}`])),
    confidence: { scored90: sure[0]!, precision90: round(sure[1]! / sure[0]!), wrongBelow90: `${sure[3]}/${sure[2]}` },
    ms: Math.round(performance.now() - t0),
  };
}

/** The whole corpus as one document: F1, and the better of two timings (wall and CPU). */
function runWhole(doc: Doc, opts: AlignOptions) {
  let best = { wallMs: Infinity, cpuMs: Infinity };
  let links: AlignLink[] = [];
  for (let k = 0; k < 2; k++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    links = alignSentences(doc.source, doc.target, opts);
    const wallMs = performance.now() - t;
    const used = process.cpuUsage(cpu);
    best = { wallMs: Math.min(best.wallMs, wallMs), cpuMs: Math.min(best.cpuMs, (used.user + used.system) / 1000) };
  }
  return { sentences: doc.source.length, targetSentences: doc.target.length, f1: round(f1(counts(links, doc.truth))), wallMs: Math.round(best.wallMs), cpuMs: Math.round(best.cpuMs) };
}

const slice = process.env.ALIGN_SLICE;
if (slice !== undefined && slice !== 'tune' && slice !== 'check') throw new Error('ALIGN_SLICE must be tune or check');
const extraSeeds = (process.env.ALIGN_SEED ?? '').split(',').filter(Boolean).map(Number);
const en = tico19Lines('en').slice(0, LINES);
const result: Record<string, unknown> = {};
for (const lang of ['ar', 'fa'] as const) {
  const tg = tico19Lines(lang).slice(0, LINES);
  const pair = { sourceLang: 'en', targetLang: lang } as const;
  const docs = documents(en, tg, SEED, slice);
  const withTerms = { ...pair, termIndex: glossary(lang) };
  const full = runDocs(docs, pair);
  const withGlossary = runDocs(docs, withTerms);
  const baseline = runDocs(docs, { ...pair, lengthOnly: true });
  const seeds = extraSeeds.map((seed) => ({ seed, ...runDocs(documents(en, tg, seed, slice), pair) }));
  const whole = makeDoc(en, tg, seededRandom(WHOLE_SEED));
  const wholeFull = runWhole(whole, pair);
  const wholeGlossary = runWhole(whole, withTerms);
  const wholeBaseline = runWhole(whole, { ...pair, lengthOnly: true });
  result[`en-${lang}`] = { full, withGlossary, baseline, seeds, whole: { full: wholeFull, withGlossary: wholeGlossary, baseline: wholeBaseline } };

  const line = (name: string, r: ReturnType<typeof runDocs>) =>
    console.log(
      `  ${name.padEnd(24)} per document F1 mean ${r.docF1Mean.toFixed(4)} min ${r.docF1Min.toFixed(4)} (${r.docsBelow97} below .97) | pooled P ${r.pooled.precision.toFixed(4)} R ${r.pooled.recall.toFixed(4)} F1 ${r.pooled.f1.toFixed(4)} | 1-0 ${r.dropped['1-0']} 0-1 ${r.dropped['0-1']} | ${r.ms} ms`,
    );
  const wline = (name: string, w: ReturnType<typeof runWhole>) =>
    console.log(`  ${name.padEnd(24)} F1 ${w.f1.toFixed(4)}  ${w.wallMs} ms wall, ${w.cpuMs} ms CPU (${(w.cpuMs / wholeBaseline.cpuMs).toFixed(1)}× baseline CPU)`);
  console.log(`EN-${lang.toUpperCase()}: ${full.docs} documents${slice ? ` (${slice} slice)` : ''}, ${full.links} true links, seed ${SEED}`);
  line('anchors', full);
  line('anchors + glossary', withGlossary);
  line('baseline (length only)', baseline);
  for (const s of seeds) line(`anchors, seed ${s.seed}`, s);
  const c = full.confidence;
  console.log(`  confidence (anchors): ${c.scored90} links with both sides scored >= 0.9, ${(c.precision90 * 100).toFixed(1)}% of them right; wrong links scored < 0.9: ${c.wrongBelow90}`);
  console.log(`  whole corpus as one document (${whole.source.length}/${whole.target.length} sentences, seed ${WHOLE_SEED}):`);
  wline('anchors', wholeFull);
  wline('anchors + glossary', wholeGlossary);
  wline('baseline (length only)', wholeBaseline);
}
console.log(JSON.stringify({ bench: 'align', rates: RATES, headlineWords: HEADLINE_WORDS, maxDocSize: DOC, seed: SEED, slice: slice ?? 'all', ...result }));
