/**
 * Transliteration model: does a name written in Latin letters render a word in Arabic script?
 * The Latin name is read as phonemes (digraphs first); each phoneme lists the Arabic-script letters
 * it can stand for. A weighted edit distance then lines the phonemes up with the Arabic letters:
 * short vowels may be unwritten, long vowels and hamza/ayn may be unromanized, doubled consonants
 * (shadda) are written once. Pure; runs in the browser.
 */

import { arabicVariants, latinNameKey, latinPhonemes, letterSignature, WEAK, WEAK_FLAGS, type Phoneme } from './latin-phonemes';

export { arabicNameKey, arabicVariants, latinNameKey, latinPhonemes } from './latin-phonemes';

/** Similarity at or above which a Latin name and an Arabic-script word are taken as the same name. */
export const NAME_THRESHOLD = 0.8;

// Rows reused across calls: alignment compares thousands of word pairs.
const PREV = new Float64Array(64);
const CUR = new Float64Array(64);

const CODES = new Uint8Array(64);
const ALEF_MAQSURA = 0x649 - 0x600;
const YEH = 0x64a - 0x600;

// Weighted edit distance between phonemes and Arabic letters (costs in consonant units).
function distance(ph: Phoneme[], ar: string): number {
  const n = ph.length;
  const m = ar.length;
  if (m + 1 > PREV.length) return Infinity;
  const prev = PREV;
  const cur = CUR;
  // Letters outside the Arabic block get index 255: they match nothing and are not weak.
  for (let j = 0; j < m; j++) {
    const k = ar.charCodeAt(j) - 0x600;
    CODES[j] = k >= 0 && k < 255 ? k : 255;
  }
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + (WEAK_FLAGS[CODES[j - 1]!] ? 0.3 : 1);
  for (let i = 1; i <= n; i++) {
    const p = ph[i - 1]!;
    cur[0] = prev[0]! + p.drop;
    for (let j = 1; j <= m; j++) {
      const c = CODES[j - 1]!;
      const weak = WEAK_FLAGS[c] === 1;
      // Farsi writes a final alef maqsura as ی (مصطفی), which the key folds to ي.
      const hit = p.set[c] === 1 || (p.vowel && j === m && c === YEH && p.set[ALEF_MAQSURA] === 1);
      let best = prev[j - 1]! + (hit ? 0 : p.vowel || weak ? 0.8 : 1);
      const drop = prev[j]! + p.drop;
      if (drop < best) best = drop;
      // A vowel run such as "aa" or "ee" may stand for several written vowel letters (قاآني, الطائي).
      const skip = cur[j - 1]! + (p.vowel && hit && weak ? 0.1 : weak ? 0.3 : 1);
      if (skip < best) best = skip;
      cur[j] = best;
    }
    for (let j = 0; j <= m; j++) prev[j] = cur[j]!;
  }
  return prev[m]!;
}

/** Similarity in [0, 1] of a Latin-letter name and an Arabic-script word (Khazali ~ الخزعلي ≈ 1). */
export function nameSimilarity(latin: string, arabicScript: string): number {
  const name = prepareName(latin);
  return Math.max(0, ...arabicVariants(arabicScript).map((v) => similarityPrepared(name, v)));
}

/** A Latin name read once, for comparing with many Arabic-script words. */
export interface PreparedName {
  phonemes: Phoneme[];
  consonants: number;
  /** Possible spellings of the first two consonants written with letters that are not weak. */
  keys: string[];
}

/** Reads a Latin name for repeated comparison (see similarityPrepared). */
export function prepareName(latin: string): PreparedName {
  const phonemes = latinPhonemes(latinNameKey(latin));
  const cons = phonemes.filter((p) => !p.vowel);
  const pairs = (a?: Phoneme, b?: Phoneme) =>
    a && b ? [...a.letters].flatMap((x) => [...b.letters].map((y) => x + y)) : [];
  // Words are keyed on their first two letters that are not weak; a name whose first consonant can
  // only be written with a weak letter (w, y, h: و ي ه) is keyed on its second and third.
  const firstWeak = cons[0] !== undefined && [...cons[0].letters].every((c) => WEAK.has(c));
  const keys = [...new Set([...pairs(cons[0], cons[1]), ...(firstWeak ? pairs(cons[1], cons[2]) : [])])];
  return { phonemes, consonants: cons.length, keys };
}

/** First two letters of a word that are not vowel letters, hamza or ayn (the key names are filed under). */
export function consonantKey(arabic: string): string {
  let key = '';
  for (const c of arabic) if (!WEAK.has(c) && (key += c).length === 2) break;
  return key;
}

/** Number of letters of an Arabic-script key that are not vowel letters, hamza or ayn. */
export function arabicConsonants(arabic: string): number {
  let n = 0;
  for (const c of arabic) if (!WEAK.has(c)) n++;
  return n;
}

/** nameSimilarity of a prepared name and one Arabic-script key (no prefix stripping); 0 early when below atLeast. */
export function similarityPrepared(name: PreparedName, arabicKey: string, atLeast = 0, arabicCons = arabicConsonants(arabicKey), arabicSig = letterSignature(arabicKey)): number {
  if (name.consonants === 0) return 0;
  const norm = Math.max(name.consonants, arabicCons, 2);
  if (atLeast > 0) {
    // Each consonant of the name with no possible spelling in the word costs at least 1 (a letter
    // outside the signature's own bits may hide a miss, never invent one).
    let misses = 0;
    for (const p of name.phonemes) if (!p.vowel && (p.sig & arabicSig) === 0) misses++;
    if (1 - misses / norm < atLeast) return 0;
  }
  return Math.max(0, 1 - distance(name.phonemes, arabicKey) / norm);
}
