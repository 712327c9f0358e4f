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
  /** All forms against the index (resolveForms), valid while the unit's generation is the table's. */
  starting: Forms;
  inner: Forms;
}

/** Unit shape bits: the word's first unit, its last, a Farsi plural ending. */
export const FIRST = 1;
export const LAST = 2;
export const PLURAL = 4;

/** Distinct words remembered per index and language; past it the table starts again (bounded memory). */
export const MAX_WORDS = 20_000;

const NO_FORMS: Forms = new Int32Array(0);

/**
 * The words of the texts matched against one index in one language, looked up by the characters of
 * the text itself: a word seen before costs one hash over its characters and one comparison with a
 * copy of them (no slice, no normalization, no allocation), and gives a word number. What a word's
 * units are depends only on its characters; what they match depends on the index, so their forms
 * carry a generation that moves when the index grows (`addTerm`) and are read again on next use,
 * while the normalization is kept.
 *
 * Everything a walk reads per unit sits in typed arrays indexed by unit number (a few contiguous
 * arrays rather than an object per word spread over the heap, which in a large index means a cache
 * and TLB miss per word); `info` keeps the objects for what is rarely read.
 */
export class WordTable {
  /** Moves when the index changes; forms read under another generation are stale. */
  gen = 1;
  private terms = -1;
  private wordCount = -1;
  private mask = 1023;
  /** Per slot: word number + 1 (0 when empty) and the word's hash. */
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  /** Word w's characters are chars[charsAt[w] .. charsAt[w] + lengths[w]). */
  private chars = new Uint16Array(4096);
  private used = 0;
  private charsAt = new Int32Array(256);
  private lengths = new Int32Array(256);
  /** Number of words; word w's units are firstUnit[w] .. firstUnit[w] + unitCount[w] - 1. */
  words = 0;
  firstUnit = new Int32Array(256);
  unitCount = new Int32Array(256);
  /** Number of units, and per unit: the object, its span in the word, FIRST | LAST | PLURAL. */
  units = 0;
  info: WordUnit[] = [];
  unitStart = new Int32Array(256);
  unitEnd = new Int32Array(256);
  shape = new Uint8Array(256);
  /** Per unit, valid while unitGen is `gen` (resolveForms): first starting and continuing forms. */
  unitGen = new Int32Array(256);
  lead = new Int32Array(256);
  leadFlags = new Uint8Array(256);
  next = new Int32Array(256);
  nextFlags = new Uint8Array(256);

  constructor(
    readonly lang: Lang,
    private readonly max = MAX_WORDS,
  ) {}

  /**
   * Called before each text: a grown index makes every read form stale, and a full table starts
   * again here (never during a text, whose units refer to word numbers).
   */
  sync(index: TermIndex): void {
    if (this.words >= this.max) this.restart();
    if (index.size === this.terms && index.words.size === this.wordCount) return;
    this.terms = index.size;
    this.wordCount = index.words.size;
    this.gen++;
  }

  /** The number of the word text[start, end), read on first sight. */
  get(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h ^= h >>> 15;
    const length = end - start;
    let s = h & this.mask;
    for (let e = this.slots[s]!; e !== 0; e = this.slots[s]!) {
      if (this.hashes[s] === h && this.lengths[e - 1] === length && this.sameChars(e - 1, text, start, length)) return e - 1;
      s = (s + 1) & this.mask;
    }
    const w = this.add(text, start, end);
    this.slots[s] = w + 1;
    this.hashes[s] = h;
    if (this.words * 2 > this.mask) this.grow();
    return w;
  }

  /** The units of word w (tests and rare paths; the matcher reads the arrays). */
  unitsOf(w: number): WordUnit[] {
    return this.info.slice(this.firstUnit[w], this.firstUnit[w]! + this.unitCount[w]!);
  }

  private sameChars(w: number, text: string, start: number, length: number): boolean {
    const chars = this.chars;
    const at = this.charsAt[w]!;
    for (let k = 0; k < length; k++) if (chars[at + k] !== text.charCodeAt(start + k)) return false;
    return true;
  }

  private add(text: string, start: number, end: number): number {
    const w = this.words++;
    const length = end - start;
    if (this.words > this.charsAt.length) {
      this.charsAt = grown(this.charsAt, this.words);
      this.lengths = grown(this.lengths, this.words);
      this.firstUnit = grown(this.firstUnit, this.words);
      this.unitCount = grown(this.unitCount, this.words);
    }
    if (this.used + length > this.chars.length) this.chars = grown(this.chars, this.used + length);
    for (let k = 0; k < length; k++) this.chars[this.used + k] = text.charCodeAt(start + k);
    this.charsAt[w] = this.used;
    this.lengths[w] = length;
    this.used += length;
    const units = readWord(text.slice(start, end), this.lang);
    if (this.units + units.length > this.unitStart.length) this.growUnits(this.units + units.length);
    this.firstUnit[w] = this.units;
    this.unitCount[w] = units.length;
    for (const unit of units) {
      const u = this.units++;
      this.info[u] = unit;
      this.unitStart[u] = unit.start;
      this.unitEnd[u] = unit.end;
      this.shape[u] = (unit.first ? FIRST : 0) | (unit.last ? LAST : 0) | (unit.plural ? PLURAL : 0);
      this.unitGen[u] = 0;
    }
    return w;
  }

  private restart(): void {
    this.slots.fill(0);
    this.words = 0;
    this.used = 0;
    this.units = 0;
    this.info = [];
    // After a text with far more distinct words than the table keeps, give the room back.
    if (this.charsAt.length > 4 * this.max) {
      this.mask = 1023;
      this.slots = new Int32Array(1024);
      this.hashes = new Int32Array(1024);
      this.chars = new Uint16Array(4096);
      this.charsAt = new Int32Array(256);
      this.lengths = new Int32Array(256);
      this.firstUnit = new Int32Array(256);
      this.unitCount = new Int32Array(256);
      this.unitStart = new Int32Array(256);
      this.unitEnd = new Int32Array(256);
      this.shape = new Uint8Array(256);
      this.unitGen = new Int32Array(256);
      this.lead = new Int32Array(256);
      this.leadFlags = new Uint8Array(256);
      this.next = new Int32Array(256);
      this.nextFlags = new Uint8Array(256);
    }
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

  private growUnits(size: number): void {
    this.unitStart = grown(this.unitStart, size);
    this.unitEnd = grown(this.unitEnd, size);
    this.shape = grown(this.shape, size);
    this.unitGen = grown(this.unitGen, size);
    this.lead = grown(this.lead, size);
    this.leadFlags = grown(this.leadFlags, size);
    this.next = grown(this.next, size);
    this.nextFlags = grown(this.nextFlags, size);
  }
}

/** A copy of `array` with room for at least `size` elements (doubling). */
function grown<T extends Int32Array | Uint16Array | Uint8Array>(array: T, size: number): T {
  let length = array.length * 2;
  while (length < size) length *= 2;
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
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
export function readWord(text: string, lang: Lang): WordUnit[] {
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
  return units;
}

function unit(text: string, lang: Lang, raw: string, start: number, end: number): WordUnit {
  const key = unitKey(raw, lang);
  return { text, key, raw, start, end, first: false, last: false, possessive: false, plural: PERSIAN_PLURALS.has(key), cased: undefined, starting: NO_FORMS, inner: NO_FORMS };
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
