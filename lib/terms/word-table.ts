import type { Lang } from '../text/lang';
import { normalizeKey } from '../text/normalize';
import { PERSIAN_PLURALS } from './arabic-morphology';
import type { TermIndex } from './term-index';
import { unitKey } from './term-index';
import type { Forms } from './unit-forms';

/** One matchable part of a text word: the word, or a part of it between ZWNJs (حزب‌الله -> حزب | الله). */
export interface WordUnit {
  /** The whole word's text (shared by its units). */
  text: string;
  /** The key compared in the trie (numbers by value, Arabic without the article). */
  key: string;
  /** The key before article removal, where the Arabic proclitic rules start from. */
  raw: string;
  /** [start, end) inside the word's text. */
  start: number;
  end: number;
  first: boolean;
  last: boolean;
  /** An English word's last unit ending in ’s, 's or ʼs (KH’s): its key without the s may also match. */
  possessive: boolean;
  /** A Farsi plural ending (ها، های، هایی), which may follow a term's last word after a ZWNJ. */
  plural: boolean;
  /** The key with letter case kept, for acronyms; filled on first need. */
  cased: string | undefined;
  /** Forms against the index (resolveForms), valid while `gen` is the table's generation. */
  gen: number;
  starting: Forms;
  inner: Forms;
  /** The first starting form (an edge, -1 when none) and the first continuing form (a word id, -1). */
  lead: number;
  leadFlags: number;
  next: number;
  nextFlags: number;
}

/** A distinct word of the texts matched against one index, as the matcher needs it. */
export interface Word {
  text: string;
  units: WordUnit[];
}

/** Distinct words remembered per index and language; past it the table starts again (bounded memory). */
export const MAX_WORDS = 20_000;

/**
 * The words of the texts matched against one index in one language, looked up by the characters of
 * the text itself: a word seen before costs one hash over its characters and one comparison (no
 * slice, no normalization, no allocation). What a word's units are depends only on its characters;
 * what they match depends on the index, so those forms carry a generation that moves when the index
 * grows (`addTerm`) and are recomputed on their next use, while the normalization is kept.
 */
export class WordTable {
  /** Moves when the index changes; forms computed under another generation are stale. */
  gen = 1;
  private terms = -1;
  private wordCount = -1;
  private mask = 1023;
  /** Per slot: word number + 1 (0 when empty) and the word's hash. */
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  private words: Word[] = [];

  constructor(
    readonly lang: Lang,
    private readonly max = MAX_WORDS,
  ) {}

  /** Notes the index's current size; a grown index makes every remembered form stale. */
  sync(index: TermIndex): void {
    if (index.size === this.terms && index.words.size === this.wordCount) return;
    this.terms = index.size;
    this.wordCount = index.words.size;
    this.gen++;
  }

  /** The word text[start, end), read on first sight. */
  get(text: string, start: number, end: number): Word {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h ^= h >>> 15;
    const length = end - start;
    let s = h & this.mask;
    for (let e = this.slots[s]!; e !== 0; e = this.slots[s]!) {
      if (this.hashes[s] === h) {
        const word = this.words[e - 1]!;
        if (word.text.length === length && text.startsWith(word.text, start)) return word;
      }
      s = (s + 1) & this.mask;
    }
    if (this.words.length >= this.max) return this.restart(text, start, end);
    const word = readWord(text.slice(start, end), this.lang);
    this.words.push(word);
    this.slots[s] = this.words.length;
    this.hashes[s] = h;
    if (this.words.length * 2 > this.mask) this.grow();
    return word;
  }

  /** Number of words remembered. */
  get size(): number {
    return this.words.length;
  }

  private restart(text: string, start: number, end: number): Word {
    this.words = [];
    this.slots.fill(0);
    return this.get(text, start, end);
  }

  private grow(): void {
    const slots = this.slots;
    const hashes = this.hashes;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array(this.mask + 1);
    this.hashes = new Int32Array(this.mask + 1);
    for (let i = 0; i < slots.length; i++) {
      if (slots[i] === 0) continue;
      let s = hashes[i]! & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = slots[i]!;
      this.hashes[s] = hashes[i]!;
    }
  }
}

const tables = new WeakMap<TermIndex, Record<Lang, WordTable>>();

/** The word table of an index and language, in step with the index's size. */
export function wordTable(index: TermIndex, lang: Lang): WordTable {
  let byLang = tables.get(index);
  if (!byLang) tables.set(index, (byLang = { en: new WordTable('en'), ar: new WordTable('ar'), fa: new WordTable('fa') }));
  const table = byLang[lang];
  table.sync(index);
  return table;
}

/** The units of one word (a token of tokenize()): split at ZWNJ, each with its keys and flags. */
export function readWord(text: string, lang: Lang): Word {
  const units: WordUnit[] = [];
  if (!text.includes('\u200C')) units.push(unit(text, lang, normalizeKey(text, lang), 0, text.length));
  else {
    const re = /[^\u200C]+/gu;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const key = normalizeKey(m[0], lang);
      if (key) units.push(unit(text, lang, key, m.index, m.index + m[0].length));
    }
  }
  if (units.length > 0) {
    units[0]!.first = true;
    const last = units[units.length - 1]!;
    last.last = true;
    last.possessive = lang === 'en' && isPossessive(text, last.start, last.end);
  }
  return { text, units };
}

const NO_FORMS: Forms = new Int32Array(0);

function unit(text: string, lang: Lang, raw: string, start: number, end: number): WordUnit {
  const key = unitKey(raw, lang);
  return { text, key, raw, start, end, first: false, last: false, possessive: false, plural: PERSIAN_PLURALS.has(key), cased: undefined, gen: 0, starting: NO_FORMS, inner: NO_FORMS, lead: -1, leadFlags: 0, next: -1, nextFlags: 0 };
}

/** Ends in ’s, 's or ʼs (KH’s, Khazali's): the term may end before the apostrophe. */
function isPossessive(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const s = text.charCodeAt(end - 1);
  const mark = text.charCodeAt(end - 2);
  // s, S and ſ (which case-folds to s)
  return (s === 0x73 || s === 0x53 || s === 0x17f) && (mark === 0x27 || mark === 0x2019 || mark === 0x2bc);
}

/** A unit's key with letter case kept, as acronyms are stored (termUnits with foldCase false). */
export function casedKey(unit: WordUnit, lang: Lang): string {
  return (unit.cased ??= unitKey(normalizeKey(unit.text.slice(unit.start, unit.end), lang, { foldCase: false }), lang));
}
