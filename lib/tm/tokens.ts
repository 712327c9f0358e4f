import type { Lang } from '../text/lang';
import { numberValue } from '../text/numbers';
import { normalizeKey } from '../text/normalize';
import { tokenize } from '../text/tokens';

/** What a number token stands for in the word sequence: numbers are compared apart (their own penalty). */
export const NUMBER_KEY = '#';

/** One word of a memory text: its matching key (numbers as NUMBER_KEY), the text as written, and the number's value. */
export interface TmToken {
  key: string;
  text: string;
  /** Canonical value when the token is a number ("10000", "3.5"), else null. */
  number: string | null;
  start: number;
  end: number;
}

/**
 * Words of a text for memory matching: lib/text's tokens (letter variants, diacritics, tatweel, digits
 * folded), a ZWNJ-joined word counted as its parts (حزب‌الله = حزب الله), numbers as one placeholder.
 */
export function tmTokens(text: string, lang: Lang): TmToken[] {
  const out: TmToken[] = [];
  for (const t of tokenize(text, lang)) {
    const value = numberValue(t.text);
    if (value !== null) {
      out.push({ key: NUMBER_KEY, text: t.text, number: value, start: t.start, end: t.end });
      continue;
    }
    const parts = t.key.split(' ').filter(Boolean);
    for (const p of parts) out.push({ key: p, text: parts.length === 1 ? t.text : p, number: null, start: t.start, end: t.end });
  }
  return out;
}

/** 32-bit FNV-1a of a string, as a signed integer (a PostgreSQL int4). */
export function wordHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** A 52-bit hash of the token keys in order (exact lookup's index key): two 32-bit hashes with different seeds. */
export function sequenceHash(keys: readonly string[]): number {
  const s = keys.join(' ');
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
}

const PAIRS = ['en>ar', 'en>fa', 'ar>en', 'ar>fa', 'fa>en', 'fa>ar'];

/** What a language pair flips in the high bits of its index keys, so a lookup reads only its own pair's postings. */
export function pairSalt(sourceLang: Lang, targetLang: Lang): number {
  const i = PAIRS.indexOf(`${sourceLang}>${targetLang}`);
  return (i < 0 ? 5 : i) << 26;
}

/** The index key of a word in a unit of a language pair: its hash with the pair's salt flipped in. */
export function pairKey(hash: number, salt: number): number {
  return hash ^ salt;
}

/** Units of at most this many words also carry keys with their word count, for short queries. */
export const SHORT_UNIT = 6;

/** The key of a word in a short unit of `wordCount` words: flagged apart, the count in the low 3 bits. */
export function shortKey(hash: number, salt: number, wordCount: number): number {
  return ((hash ^ salt ^ (1 << 29)) & ~7) | wordCount;
}

/** Every index key of a unit, as migration 00007's tm_word_keys computes them (tests compare the two). */
export function indexKeys(words: readonly number[], wordCount: number, salt: number): number[] {
  const keys = words.map((w) => pairKey(w, salt));
  if (wordCount >= 1 && wordCount <= SHORT_UNIT) for (const w of words) keys.push(shortKey(w, salt, wordCount));
  return keys;
}

/** The hash of two adjacent word keys (a word bigram). */
export function bigramHash(a: string, b: string): number {
  return wordHash(`${a}\u0000${b}`);
}

/** The distinct bigrams of a word sequence (adjacent keys), as hashes in order of first occurrence. */
export function bigramHashes(keys: readonly string[]): number[] {
  const out = new Set<number>();
  for (let i = 1; i < keys.length; i++) out.add(bigramHash(keys[i - 1]!, keys[i]!));
  return [...out];
}

/** The stored bigram keys of a unit's source (migration 00015's source_bigrams): its distinct bigrams with the pair's salt flipped in. */
export function bigramKeys(keys: readonly string[], salt: number): number[] {
  return bigramHashes(keys).map((h) => pairKey(h, salt));
}

/** The stored keys of a memory text: distinct word hashes, the word count, and the exact-sequence hash. */
export interface UnitKeys {
  words: number[];
  /** Distinct bigram hashes (unsalted). */
  bigrams: number[];
  wordCount: number;
  exactHash: number;
}

/** Keys of one side of a unit (see UnitKeys). */
export function unitKeys(text: string, lang: Lang): UnitKeys {
  const keys = tmTokens(text, lang).map((t) => t.key);
  return { words: [...new Set(keys.map(wordHash))], bigrams: bigramHashes(keys), wordCount: keys.length, exactHash: sequenceHash(keys) };
}

/** The stored keys of a unit's two sides: folded texts (concordance), word hashes of each side, the source's salted bigrams, word count and sequence hash. */
export function pairKeys(sourceText: string, targetText: string, sourceLang: Lang, targetLang: Lang) {
  const s = unitKeys(sourceText, sourceLang);
  const t = unitKeys(targetText, targetLang);
  return {
    sourceKey: normalizeKey(sourceText, sourceLang),
    targetKey: normalizeKey(targetText, targetLang),
    sourceWords: s.words,
    sourceBigrams: s.bigrams.map((h) => pairKey(h, pairSalt(sourceLang, targetLang))),
    targetWords: t.words,
    wordCount: s.wordCount,
    exactHash: s.exactHash,
  };
}
