/**
 * Transliteration model: does a name written in Latin letters render a word in Arabic script?
 * The Latin name is read as phonemes (digraphs first); each phoneme lists the Arabic-script letters
 * it can stand for. A weighted edit distance then lines the phonemes up with the Arabic letters:
 * short vowels may be unwritten, long vowels and hamza/ayn may be unromanized, doubled consonants
 * (shadda) are written once. Pure; runs in the browser.
 */

/** Similarity at or above which a Latin name and an Arabic-script word are taken as the same name. */
export const NAME_THRESHOLD = 0.8;

interface Phoneme {
  vowel: boolean;
  letters: string;
  /** Cost of leaving the phoneme unwritten: short vowels are, long and final ones rarely. */
  drop: number;
}

// Consonant digraphs and letters; the strings list the Arabic/Farsi letters each may render.
const DIGRAPHS: Record<string, string> = {
  kh: 'خ', gh: 'غقگ', sh: 'ش', ch: 'چشك', th: 'ثتذظ', dh: 'ذظضدز', zh: 'ژج', ph: 'ف', ts: 'تس',
};
const SINGLES: Record<string, string> = {
  b: 'بپ', p: 'پب', t: 'تط', d: 'دض', s: 'سصث', z: 'زذظض', k: 'كقگ', q: 'قكغگ', c: 'كقس',
  g: 'جگغق', j: 'جژ', f: 'ف', v: 'فو', w: 'و', y: 'ي', h: 'هح', l: 'ل', m: 'م', n: 'ن', r: 'ر',
  x: 'خ',
};
// Vowel letters of Arabic script, plus the glottal/pharyngeal letters romanizations often leave out.
const WEAK = new Set('اويءأإآئؤعةه');
// Alef also carries a word-initial vowel (ايرج, إسماعيل).
const VOWEL_LETTERS: Record<string, string> = {
  a: 'اءأآعةهى', e: 'يءئإعهاأ', i: 'يءئإعاأ', o: 'وؤعاأ', u: 'وؤعاأ', y: 'ي',
};

/** Lower-cased Latin name without accents, possessive, article (al-, el-, the) or separators. */
export function latinNameKey(latin: string): string {
  const words = latin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʿʾ`]s$/u, '')
    .split(/[\s\-‐]+/u)
    .filter((w) => w && w !== 'the' && w !== 'al' && w !== 'el' && w !== 'ad' && w !== 'ar' && w !== 'as');
  return words.join('').replace(/[^a-z]/g, '').replace(/([^aeiou])\1+/g, '$1').replace(/ng(?![aeiou])/g, 'n');
}

/** Phonemes of a Latin name key; runs of vowel letters are one phoneme. */
export function latinPhonemes(key: string): Phoneme[] {
  const out: Phoneme[] = [];
  for (let i = 0; i < key.length; ) {
    const two = key.slice(i, i + 2);
    const ch = key[i]!;
    if (DIGRAPHS[two]) {
      out.push({ vowel: false, letters: DIGRAPHS[two]!, drop: 1 });
      i += 2;
    } else if ('aeiou'.includes(ch) || (ch === 'y' && i > 0 && !'aeiou'.includes(key[i + 1] ?? ''))) {
      let j = i;
      let letters = '';
      while (j < key.length && ('aeiou'.includes(key[j]!) || (key[j] === 'y' && !'aeiou'.includes(key[j + 1] ?? '')))) {
        letters += VOWEL_LETTERS[key[j]!] ?? '';
        j++;
      }
      out.push({ vowel: true, letters, drop: j >= key.length ? 0.6 : j - i > 1 ? 0.5 : 0.1 });
      i = j;
    } else {
      out.push({ vowel: false, letters: SINGLES[ch] ?? '', drop: 1 });
      i += 1;
    }
  }
  return out;
}

/** Arabic-script word with diacritics and tatweel removed and letter variants folded (ی ي ى, ک ك). */
export function arabicNameKey(word: string): string {
  return word
    .replace(/[\u064B-\u065F\u0670\u0640\u200C\u200D]/gu, '')
    .replace(/ی/gu, 'ي')
    .replace(/ک/gu, 'ك')
    .replace(/[ٱ]/gu, 'ا')
    .replace(/[^\p{L}]/gu, '');
}

/** The word and its forms without conjunction, preposition and article prefixes (و ف ب ل ك + ال). */
export function arabicVariants(word: string): string[] {
  const key = arabicNameKey(word);
  const out = new Set([key]);
  const m = /^([وف]?)([بلك]?)(ال|ل(?=ل))?(.{2,})$/u.exec(key);
  if (m) {
    if (m[3]) out.add(m[4]!);
    else if (m[1] || m[2]) out.add(key.slice(m[1]!.length + m[2]!.length));
  }
  return [...out].filter((w) => w.length >= 2);
}

// Rows reused across calls: alignment compares thousands of word pairs.
const PREV = new Float64Array(64);
const CUR = new Float64Array(64);

// Weighted edit distance between phonemes and Arabic letters (costs in consonant units).
function distance(ph: Phoneme[], ar: string): number {
  const n = ph.length;
  const m = ar.length;
  if (m + 1 > PREV.length) return Infinity;
  const prev = PREV;
  const cur = CUR;
  const skipAr = (c: string) => (WEAK.has(c) ? 0.3 : 1);
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + skipAr(ar[j - 1]!);
  for (let i = 1; i <= n; i++) {
    const p = ph[i - 1]!;
    cur[0] = prev[0]! + p.drop;
    for (let j = 1; j <= m; j++) {
      const c = ar[j - 1]!;
      // Farsi writes a final alef maqsura as ی (مصطفی).
      const hit = p.letters.includes(c) || (p.vowel && j === m && c === 'ي' && p.letters.includes('ى'));
      let best = prev[j - 1]! + (hit ? 0 : p.vowel || WEAK.has(c) ? 0.8 : 1);
      best = Math.min(best, prev[j]! + p.drop, cur[j - 1]! + skipAr(c));
      // A vowel run such as "aa" or "ee" may stand for several written vowel letters (قاآني, الطائي).
      if (p.vowel && hit && WEAK.has(c)) best = Math.min(best, cur[j - 1]! + 0.1);
      cur[j] = best;
    }
    prev.set(cur.subarray(0, m + 1));
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
export function similarityPrepared(name: PreparedName, arabicKey: string, atLeast = 0): number {
  if (name.consonants === 0) return 0;
  const norm = Math.max(name.consonants, arabicConsonants(arabicKey), 2);
  if (atLeast > 0) {
    // Each consonant of the name with no possible spelling in the word costs at least 1.
    let misses = 0;
    for (const p of name.phonemes) if (!p.vowel && ![...p.letters].some((c) => arabicKey.includes(c))) misses++;
    if (1 - misses / norm < atLeast) return 0;
  }
  return Math.max(0, 1 - distance(name.phonemes, arabicKey) / norm);
}
