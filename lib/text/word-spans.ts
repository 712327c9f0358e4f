/** Word spans of a text: [starts[i], ends[i]) in UTF-16 units, `count` of them. */
export interface WordSpans {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

// Character classes, one byte per BMP code unit, filled on first sight from the same Unicode
// properties tokenize() uses. KNOWN marks a filled entry so 0 means "not looked at yet".
const KNOWN = 0x80;
const WORD = 1; // \p{L} \p{M} \p{N}
const LETTER_OR_NUMBER = 2; // \p{L} \p{N}: what may follow a joining apostrophe
const DIGIT = 4; // \p{Nd}: what surrounds a joining decimal or thousands separator
const INVISIBLE = 8; // invisible controls, ZWNJ/ZWJ, soft hyphen: joined when a word character follows
const APOSTROPHE = 16;
const SEPARATOR = 32;
const SURROGATE = 64; // a UTF-16 surrogate: the class is the pair's (classAt)

const BMP = new Uint8Array(0x10000).fill(KNOWN | SURROGATE, 0xd800, 0xe000);
const ASTRAL = new Map<number, number>();

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let k = KNOWN;
  if (/[\p{L}\p{M}\p{N}]/u.test(ch)) k |= WORD;
  if (/[\p{L}\p{N}]/u.test(ch)) k |= LETTER_OR_NUMBER;
  if (/\p{Nd}/u.test(ch)) k |= DIGIT;
  if (/[\u200B-\u200F\u061C\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]/u.test(ch)) k |= INVISIBLE;
  if (/['’ʼ`‘]/u.test(ch)) k |= APOSTROPHE;
  if (/[.,\u066B\u066C]/u.test(ch)) k |= SEPARATOR;
  return k;
}

/** Class of the code point starting at i (a lone surrogate has none). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c & 0xf800) !== 0xd800) {
    const k = BMP[c]!;
    return k !== 0 ? k : (BMP[c] = classify(c));
  }
  const d = text.charCodeAt(i + 1);
  if (c > 0xdbff || (d & 0xfc00) !== 0xdc00) return KNOWN;
  return astral(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
}

/** Class of the code point ending just before i. */
function classBefore(text: string, i: number): number {
  const d = text.charCodeAt(i - 1);
  if ((d & 0xfc00) === 0xdc00 && i >= 2) {
    const c = text.charCodeAt(i - 2);
    if ((c & 0xfc00) === 0xd800) return astral(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return classAt(text, i - 1);
}

function astral(cp: number): number {
  let k = ASTRAL.get(cp);
  if (k === undefined) ASTRAL.set(cp, (k = classify(cp)));
  return k;
}

/** UTF-16 length of the code point at i. */
function widthAt(text: string, i: number): number {
  return (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/**
 * The spans of tokenize()'s words, found by one pass over the characters instead of a regular
 * expression and written into reusable integer arrays (no string or object per word). The rules are
 * tokenize()'s: runs of letters, marks and digits, joined across invisible controls, an apostrophe
 * before a letter or digit, and a separator between two decimal digits.
 */
export function wordSpans(text: string, into?: WordSpans): WordSpans {
  const out = into ?? { count: 0, starts: new Int32Array(64), ends: new Int32Array(64) };
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    if ((classAt(text, i) & WORD) === 0) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    for (;;) {
      i = runEnd(text, i, n);
      if (i >= n) break;
      const k = classAt(text, i);
      if (k & INVISIBLE) {
        let j = i + 1;
        while (j < n && (classAt(text, j) & INVISIBLE) !== 0) j++;
        if (j < n && (classAt(text, j) & WORD) !== 0) {
          i = j;
          continue;
        }
      } else if (k & APOSTROPHE) {
        if (i + 1 < n && (classAt(text, i + 1) & LETTER_OR_NUMBER) !== 0) {
          i++;
          continue;
        }
      } else if (k & SEPARATOR) {
        if ((classBefore(text, i) & DIGIT) !== 0 && i + 1 < n && (classAt(text, i + 1) & DIGIT) !== 0) {
          i++;
          continue;
        }
      }
      break;
    }
    if (count === out.starts.length) grow(out);
    out.starts[count] = start;
    out.ends[count] = i;
    count++;
  }
  out.count = count;
  return out;
}

/** The end of the run of word characters from i: one table read per character outside surrogates. */
function runEnd(text: string, i: number, n: number): number {
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = BMP[c]!;
    if ((k & (WORD | SURROGATE)) === WORD) i++;
    else if (k === 0) BMP[c] = classify(c);
    else if ((k & SURROGATE) !== 0 && (classAt(text, i) & WORD) !== 0) i += widthAt(text, i);
    else return i;
  }
  return i;
}

function grow(out: WordSpans): void {
  const starts = new Int32Array(out.starts.length * 2);
  const ends = new Int32Array(out.ends.length * 2);
  starts.set(out.starts);
  ends.set(out.ends);
  out.starts = starts;
  out.ends = ends;
}
