/**
 * Sentence segmentation benchmark (npm run bench:segment [-- --data DIR]). Beside ICU's
 * Intl.Segmenter (granularity 'sentence') in the same run:
 * - exact sentence lists on our own cases and on our own table in the spirit of the Golden Rules
 *   (lib/text/segment-cases.ts; whitespace runs compared as one space);
 * - with --data DIR (the folder holding tico19/parallel, e.g. ../shared/data): sentence-boundary
 *   precision, recall and F1 on documents of TICO-19 lines joined into one paragraph. A document is
 *   up to 10 consecutive lines of one source; lines that hold more than one sentence in any of the three
 *   languages (a stop followed by a space inside the Arabic or Farsi line, or a stop glued to a word in
 *   any of them) are left out, so the line ends are the true boundaries. "punct" keeps the documents
 *   whose lines all end in a sentence-final mark, "all" keeps every document;
 * - speed in characters per second on the same texts.
 * Ends with one JSON line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../lib/text/lang';
import { splitSentences } from '../lib/text/segment';
import { GOLDEN_STYLE_CASES, OWN_CASES, sameSentences, type SegmentCase } from '../lib/text/segment-cases';

const LANGS: Lang[] = ['en', 'ar', 'fa'];
const DOC_LINES = 10;

// The TICO-19 section reads `--data DIR` (or TARJUMAN_DATA, else ../shared/data when it exists), as the
// other benchmarks do; the tables of our own cases need no data.
function dataDir(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--data' || a.startsWith('--data='));
  const given = i >= 0 ? (argv[i]!.includes('=') ? argv[i]!.slice('--data='.length) : argv[i + 1]) : process.env.TARJUMAN_DATA;
  const dir = resolve(given ?? join('..', 'shared', 'data'));
  const from = i >= 0 ? '--data' : given ? 'TARJUMAN_DATA' : 'default';
  if (!existsSync(join(dir, 'tico19', 'parallel'))) {
    if (from !== 'default') throw new Error(`--data: no tico19/parallel in ${dir}`);
    console.log(`data: no tico19/parallel in ${dir} (default); the TICO-19 section is skipped`);
    return undefined;
  }
  console.log(`data: ${dir} (${from})`);
  return dir;
}

type Segmenter = (text: string, lang: Lang) => { end: number }[];
const ours: Segmenter = (text, lang) => splitSentences(text, lang);
const icu = new Map(LANGS.map((l) => [l, new Intl.Segmenter(l, { granularity: 'sentence' })]));
/** Intl.Segmenter's sentences as spans without their trailing whitespace. */
const intl: Segmenter = (text, lang) =>
  [...icu.get(lang)!.segment(text)].map((s) => ({ end: s.index + s.segment.trimEnd().length, text: s.segment })).filter((s) => s.text.trim() !== '');
const intlTexts = (text: string, lang: Lang) => [...icu.get(lang)!.segment(text)].map((s) => s.segment);

function accuracy(table: SegmentCase[]) {
  const row = { ours: 0, intl: 0, total: table.length } as Record<string, number>;
  for (const lang of LANGS) row[`${lang}_total`] = row[`${lang}_ours`] = row[`${lang}_intl`] = 0;
  for (const k of table) {
    const okOurs = sameSentences(splitSentences(k.text, k.lang).map((s) => s.text), k.sentences);
    const okIntl = sameSentences(intlTexts(k.text, k.lang), k.sentences);
    row[`${k.lang}_total`]!++;
    if (okOurs) {
      row.ours!++;
      row[`${k.lang}_ours`]!++;
    }
    if (okIntl) {
      row.intl!++;
      row[`${k.lang}_intl`]!++;
    }
  }
  return row;
}

const END = /[.!?\u2026\u061F\u06D4]["'\u201D\u2019\u00BB)\]]*$/u;
const INSIDE = /[.!?\u061F\u06D4\u2026]["')\]\u00BB\u201D\u2019]*\s+\S/u;
const GLUED_LATIN = /[\p{L}\p{N}]{2}[.!?]\p{Lu}\p{Ll}/u;
const GLUED = /[\p{L}\p{N}]{2}[.!?\u061F]\p{L}{2}/u;

/** Documents of single-sentence lines per language, from the line-aligned TICO-19 files. */
function ticoDocuments(dir: string): { docs: Record<Lang, string[][]>; kept: number; lines: number } {
  const parallel = join(dir, 'tico19', 'parallel');
  const ids = readFileSync(join(parallel, 'tico19.ids.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t')[1]!.split(':')[0]!);
  const lines = Object.fromEntries(LANGS.map((l) => [l, readFileSync(join(parallel, `tico19.${l}.txt`), 'utf8').split('\n').slice(0, ids.length).map((s) => s.trim())])) as Record<Lang, string[]>;
  const single = ids.map((_, i) =>
    LANGS.every((l) => !GLUED.test(lines[l][i]!) && !GLUED_LATIN.test(lines[l][i]!)) && !INSIDE.test(lines.ar[i]!) && !INSIDE.test(lines.fa[i]!),
  );
  const docs = { en: [], ar: [], fa: [] } as Record<Lang, string[][]>;
  let from = -1;
  let count = 0;
  const flush = (to: number) => {
    if (from < 0) return;
    const keep = [...Array(to - from).keys()].map((k) => from + k).filter((i) => single[i]);
    for (const l of LANGS) if (keep.length > 1) docs[l].push(keep.map((i) => lines[l][i]!));
    from = -1;
    count = 0;
  };
  for (let i = 0; i < ids.length; i++) {
    if (from >= 0 && (ids[i] !== ids[from] || count === DOC_LINES)) flush(i);
    if (from < 0) from = i;
    if (single[i]) count++;
  }
  flush(ids.length);
  return { docs, kept: single.filter(Boolean).length, lines: ids.length };
}

function f1(docs: string[][], lang: Lang, segment: Segmenter) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const doc of docs) {
    const text = doc.join(' ');
    const truth = new Set<number>();
    let at = 0;
    for (const line of doc.slice(0, -1)) {
      at += line.length;
      truth.add(at);
      at += 1;
    }
    const found = new Set(segment(text, lang).map((s) => s.end).filter((e) => e < text.length));
    for (const e of found) truth.has(e) ? tp++ : fp++;
    for (const e of truth) if (!found.has(e)) fn++;
  }
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { p: r(tp / (tp + fp)), r: r(tp / (tp + fn)), f1: r((2 * tp) / (2 * tp + fp + fn)), boundaries: tp + fn };
}

/** Median characters per second of 7 passes over the texts (after 3 warm-up passes), `rounds` calls each. */
function charsPerSecond(texts: [string, Lang][], segment: (text: string, lang: Lang) => unknown, rounds = 1): number {
  const chars = texts.reduce((n, [t]) => n + t.length, 0) * rounds;
  for (let w = 0; w < 3; w++) for (const [t, l] of texts) segment(t, l);
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) for (const [t, l] of texts) segment(t, l);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return Math.round(chars / (times[3]! / 1000));
}

const dir = dataDir(process.argv.slice(2));
const result: Record<string, unknown> = { bench: 'segment', node: process.version };
for (const [name, table] of [['own', OWN_CASES], ['golden', GOLDEN_STYLE_CASES]] as const) {
  const a = accuracy(table);
  result[name] = a;
  const per = LANGS.map((l) => `${l} ${a[`${l}_ours`]}/${a[`${l}_total`]} vs ${a[`${l}_intl`]}`).join(', ');
  const label = name === 'own' ? 'own cases' : 'Golden-Rules-style table';
  console.log(`${label.padEnd(24)} Tarjuman ${a.ours}/${a.total} (${pct(a.ours!, a.total!)})  Intl.Segmenter ${a.intl}/${a.total} (${pct(a.intl!, a.total!)})  [${per}]`);
}

// Speed is measured on paragraphs (a document or a case text each), the unit the product segments.
let speedTexts: [string, Lang][] = [...OWN_CASES, ...GOLDEN_STYLE_CASES].map((k) => [k.text, k.lang]);
if (dir) {
  const { docs, kept, lines } = ticoDocuments(dir);
  console.log(`TICO-19 documents of up to ${DOC_LINES} single-sentence lines joined into one paragraph (${kept} of ${lines} lines kept)`);
  const f1s: Record<string, unknown> = {};
  for (const lang of LANGS) {
    for (const which of ['punct', 'all'] as const) {
      const set = which === 'all' ? docs[lang] : docs[lang].filter((d) => d.every((l) => END.test(l)));
      const a = f1(set, lang, ours);
      const b = f1(set, lang, intl);
      f1s[`${lang}_${which}`] = { docs: set.length, boundaries: a.boundaries, ours: a, intl: b };
      console.log(`  ${lang} ${which.padEnd(5)} ${String(set.length).padStart(4)} documents, ${a.boundaries} boundaries: Tarjuman P ${a.p} R ${a.r} F1 ${a.f1} | Intl.Segmenter P ${b.p} R ${b.r} F1 ${b.f1}`);
    }
  }
  result.f1 = f1s;
  speedTexts = LANGS.flatMap((l) => docs[l].map((d): [string, Lang] => [d.join(' '), l]));
} else {
  console.log('TICO-19 boundary F1: not run (give --data DIR, the folder holding tico19/parallel)');
}
const rounds = dir ? 1 : 50;
const chars = speedTexts.reduce((n, [t]) => n + t.length, 0);
const oursSpeed = charsPerSecond(speedTexts, splitSentences, rounds);
const intlSpeed = charsPerSecond(speedTexts, (t, l) => [...icu.get(l)!.segment(t)].length, rounds);
const what = dir ? `${speedTexts.length} TICO-19 documents` : `the ${speedTexts.length} case texts, ${rounds} times`;
console.log(`speed on ${(chars * rounds).toLocaleString('en')} characters (${what}): Tarjuman ${fmt(oursSpeed)} chars/s, Intl.Segmenter ${fmt(intlSpeed)} chars/s (ratio ${(oursSpeed / intlSpeed).toFixed(2)})`);
// One long text: ours stays linear; Node's Intl.Segmenter grows faster than the text (timed once).
const long = speedTexts.filter(([, l]) => l === 'en').map(([t]) => t).join(' ').repeat(40).slice(0, 20_000);
const longOurs = charsPerSecond([[long, 'en']], splitSentences);
const t0 = performance.now();
[...icu.get('en')!.segment(long)].length;
const longIntl = Math.round(long.length / ((performance.now() - t0) / 1000));
console.log(`speed on one English text of ${long.length.toLocaleString('en')} characters: Tarjuman ${fmt(longOurs)} chars/s, Intl.Segmenter ${fmt(longIntl)} chars/s (ratio ${(longOurs / longIntl).toFixed(2)})`);
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
result.speed = { chars: chars * rounds, oursCharsPerS: oursSpeed, intlCharsPerS: intlSpeed, ratio: ratio(oursSpeed, intlSpeed), longChars: long.length, longOursCharsPerS: longOurs, longIntlCharsPerS: longIntl, longRatio: ratio(longOurs, longIntl) };
console.log(JSON.stringify(result));

function pct(n: number, d: number): string {
  return `${((100 * n) / d).toFixed(1)}%`;
}
function fmt(n: number): string {
  return `${(n / 1e6).toFixed(2)}M`;
}
