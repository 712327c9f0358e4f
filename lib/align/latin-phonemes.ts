/**
 * Reading names for the transliteration model: a Latin name as phonemes, each with the Arabic-script
 * letters it may be written with, and Arabic-script words folded to comparable keys. Pure.
 */

/** One sound of a Latin name and the Arabic-script letters that may write it. */
export interface Phoneme {
  vowel: boolean;
  letters: string;
  /** letters as flags indexed by code point − 0x600 (the Arabic block), for the distance's inner loop. */
  set: Uint8Array;
  /** letters as a 32-bit signature (see letterSignature), to rule words out before the distance. */
  sig: number;
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
export const WEAK = new Set('اويءأإآئؤعةه');
/** WEAK as flags indexed by code point − 0x600. */
export const WEAK_FLAGS = flags('اويءأإآئؤعةه');

/** Flags indexed by code point − 0x600 for the given Arabic-block letters. */
export function flags(letters: string): Uint8Array {
  const out = new Uint8Array(256);
  for (const c of letters) out[c.charCodeAt(0) - 0x600] = 1;
  return out;
}
// Bits of letterSignature: every consonant letter of the names' spellings has a bit of its own.
const SIGNATURE_BIT = new Int8Array(256).fill(31);
[...'بپتثجچحخدذرزژسشصضطظغفقكگلمن'].forEach((c, k) => (SIGNATURE_BIT[c.charCodeAt(0) - 0x600] = k % 31));

/** One bit per consonant letter of the Arabic block (all others share bit 31): a word with none of a phoneme's bits has none of its letters. */
export function letterSignature(letters: string): number {
  let sig = 0;
  for (let k = 0; k < letters.length; k++) {
    const code = letters.charCodeAt(k) - 0x600;
    sig |= 1 << (code >= 0 && code < 256 ? SIGNATURE_BIT[code]! : 31);
  }
  return sig;
}
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
      out.push(phoneme(false, DIGRAPHS[two]!, 1));
      i += 2;
    } else if ('aeiou'.includes(ch) || (ch === 'y' && i > 0 && !'aeiou'.includes(key[i + 1] ?? ''))) {
      let j = i;
      let letters = '';
      while (j < key.length && ('aeiou'.includes(key[j]!) || (key[j] === 'y' && !'aeiou'.includes(key[j + 1] ?? '')))) {
        letters += VOWEL_LETTERS[key[j]!] ?? '';
        j++;
      }
      out.push(phoneme(true, letters, j >= key.length ? 0.6 : j - i > 1 ? 0.5 : 0.1));
      i = j;
    } else {
      out.push(phoneme(false, SINGLES[ch] ?? '', 1));
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
  const parts = word.trim().split(/\s+/u);
  // Several words (قيس الخزعلي): the article goes from each, as latinNameKey drops al- from each.
  if (parts.length > 1) return [...new Set([arabicNameKey(word), parts.map((p) => withoutArticle(arabicNameKey(p))).join('')])];
  const key = arabicNameKey(word);
  const out = new Set([key]);
  const m = /^([وف]?)([بلك]?)(ال|ل(?=ل))?(.{2,})$/u.exec(key);
  if (m) {
    if (m[3]) out.add(m[4]!);
    else if (m[1] || m[2]) out.add(key.slice(m[1]!.length + m[2]!.length));
  }
  return [...out].filter((w) => w.length >= 2);
}

function withoutArticle(key: string): string {
  return key.length > 4 && key.startsWith('ال') ? key.slice(2) : key;
}

const PHONEMES = new Map<string, Phoneme>();
// Phonemes are shared (read-only) so names read thousands of times build their flags once.
function phoneme(vowel: boolean, letters: string, drop: number): Phoneme {
  const key = `${vowel}${drop}${letters}`;
  let p = PHONEMES.get(key);
  if (!p) PHONEMES.set(key, (p = { vowel, letters, set: flags(letters), sig: letterSignature(letters), drop }));
  return p;
}
