/**
 * Sentence alignment benchmark (npm run bench:align). From the 3,071 line-aligned TICO-19 sentences,
 * builds documents of 40 sentences, merges neighbouring sentences on either side (2–1 and 1–2 links)
 * and drops a few (1–0, 0–1) with a fixed seed, aligns them with the full model and with a
 * length-only Gale–Church baseline, and scores the links (exact match of both index lists; null
 * links included) by precision, recall and F1. Then aligns the whole corpus as one ~3,000-sentence
 * document to time the band. Ends with one JSON line. ALIGN_SEED=N adds a run of the full model on
 * documents drawn with seed N (the figures above always use the fixed seed), to show a change is not
 * fitted to one draw.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences } from '../lib/align/align-sentences';
import type { AlignLink, AlignOptions, TermIndex } from '../lib/align/types';
import { parseGlossaryFile } from '../lib/formats/glossary-file';
import { buildTermIndex } from '../lib/terms';
import { seededRandom, TICO19, tico19Lines } from './shared-data';

const GLOSSARIES = join(TICO19, 'glossaries');
const GLOSSARY_FILES = { ar: ['f_en-ar_AR.csv', 'g_en_ar.csv'], fa: ['f_en-fa_IR.csv', 'g_en_fa.csv'] };

/** The TICO-19 terminology lists of a pair as one term index. */
function glossary(lang: 'ar' | 'fa'): TermIndex {
  return buildTermIndex(GLOSSARY_FILES[lang].flatMap((f) => parseGlossaryFile(readFileSync(join(GLOSSARIES, f)), f)));
}
const DOC = 40;
const RATES = { mergeTarget: 0.05, mergeSource: 0.05, dropTarget: 0.02, dropSource: 0.02 };

function lines(lang: string): string[] {
  return tico19Lines(lang).slice(0, 3071);
}

interface Doc {
  source: string[];
  target: string[];
  truth: AlignLink[];
}

/** Turns line-aligned pairs into a document with merges and drops, and the true links. */
function makeDoc(en: string[], tg: string[], rand: () => number): Doc {
  const doc: Doc = { source: [], target: [], truth: [] };
  const link = (s: string[], t: string[]) => {
    const source = s.map((x) => doc.source.push(x) - 1);
    const target = t.map((x) => doc.target.push(x) - 1);
    doc.truth.push({ source, target, score: 1 });
  };
  for (let k = 0; k < en.length; k++) {
    const r = rand();
    const pair = k + 1 < en.length;
    if (pair && r < RATES.mergeTarget) link([en[k]!, en[k + 1]!], [`${tg[k]} ${tg[++k]}`]);
    else if (pair && r < RATES.mergeTarget + RATES.mergeSource) link([`${en[k]} ${en[++k]}`], [tg[k - 1]!, tg[k]!]);
    else if (r < RATES.mergeTarget + RATES.mergeSource + RATES.dropTarget) link([en[k]!], []);
    else if (r < RATES.mergeTarget + RATES.mergeSource + RATES.dropTarget + RATES.dropSource) link([], [tg[k]!]);
    else link([en[k]!], [tg[k]!]);
  }
  return doc;
}

const key = (l: AlignLink) => `${l.source.join(',')}|${l.target.join(',')}`;

function score(found: AlignLink[], truth: AlignLink[]): { correct: number; found: number; truth: number } {
  const t = new Set(truth.map(key));
  return { correct: found.filter((l) => t.has(key(l))).length, found: found.length, truth: truth.length };
}

const shape = (l: AlignLink) => `${l.source.length}-${l.target.length}`;

/** Correct of true links by shape, for the links with an empty side (the hard ones). */
function byShape(found: AlignLink[], truth: AlignLink[], into: Record<string, [number, number]>): void {
  const f = new Set(found.map(key));
  for (const l of truth) {
    if (l.source.length > 0 && l.target.length > 0) continue;
    const c = (into[shape(l)] ??= [0, 0]);
    c[1]++;
    if (f.has(key(l))) c[0]++;
  }
}

function prf(c: { correct: number; found: number; truth: number }) {
  const p = c.correct / c.found;
  const r = c.correct / c.truth;
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return { precision: round(p), recall: round(r), f1: round((2 * p * r) / (p + r)) };
}

const SEED = 20211113;

function run(en: string[], tg: string[], opts: AlignOptions, seed = SEED) {
  const rand = seededRandom(seed);
  const docs: Doc[] = [];
  for (let k = 0; k < en.length; k += DOC) docs.push(makeDoc(en.slice(k, k + DOC), tg.slice(k, k + DOC), rand));
  const total = { correct: 0, found: 0, truth: 0 };
  const dropped: Record<string, [number, number]> = {};
  const t0 = performance.now();
  for (const d of docs) {
    const found = alignSentences(d.source, d.target, opts);
    byShape(found, d.truth, dropped);
    const s = score(found, d.truth);
    total.correct += s.correct;
    total.found += s.found;
    total.truth += s.truth;
  }
  const docsMs = performance.now() - t0;
  const whole = makeDoc(en, tg, seededRandom(7));
  const t1 = performance.now();
  const links = alignSentences(whole.source, whole.target, opts);
  const wholeMs = performance.now() - t1;
  return {
    docs: docs.length,
    links: total.truth,
    ...prf(total),
    dropped: Object.fromEntries(Object.entries(dropped).sort().map(([k, [c, t]]) => [k, `${c}/${t}`])),
    docsMs: Math.round(docsMs),
    whole: { sentences: whole.source.length, targetSentences: whole.target.length, ms: Math.round(wholeMs), ...prf(score(links, whole.truth)) },
  };
}

const en = lines('en');
const result: Record<string, unknown> = {};
for (const lang of ['ar', 'fa'] as const) {
  const tg = lines(lang);
  const pair = { sourceLang: 'en', targetLang: lang } as const;
  const full = run(en, tg, pair);
  const withGlossary = run(en, tg, { ...pair, termIndex: glossary(lang) });
  const baseline = run(en, tg, { ...pair, lengthOnly: true });
  const second = process.env.ALIGN_SEED ? run(en, tg, pair, Number(process.env.ALIGN_SEED)) : undefined;
  result[`en-${lang}`] = { full, withGlossary, baseline, ...(second && { secondSeed: { seed: Number(process.env.ALIGN_SEED), ...second } }) };
  const line = (name: string, r: typeof full) =>
    console.log(`  ${name.padEnd(22)} P ${r.precision}  R ${r.recall}  F1 ${r.f1}  1-0 ${r.dropped['1-0']} 0-1 ${r.dropped['0-1']}  ${r.docsMs} ms | one document of ${r.whole.sentences}/${r.whole.targetSentences}: ${r.whole.ms} ms, F1 ${r.whole.f1}`);
  console.log(`EN-${lang.toUpperCase()} (${full.docs} documents, ${full.links} true links)`);
  line('anchors', full);
  line('anchors + glossary', withGlossary);
  line('baseline (length only)', baseline);
  if (second) line(`anchors, seed ${process.env.ALIGN_SEED}`, second);
}
console.log(JSON.stringify({ bench: 'align', rates: RATES, docSize: DOC, ...result }));
