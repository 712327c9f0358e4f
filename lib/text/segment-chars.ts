/** Character classes and small look-arounds shared by the sentence segmenter's passes. */

/** A sentence ends at `cut[i] = 1` (the text before i); a stop at i with `hold[i] = 1` ends none. */
export interface Marks {
  cut: Uint8Array;
  hold: Uint8Array;
}

/**
 * Whitespace as the `\s` of regular expressions, by code (the segmenter's hottest test). ZWNJ and other
 * format characters are not whitespace: they belong to words.
 */
export function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  if (x < 0x80) return x === 32 || (x >= 9 && x <= 13);
  return x === 0xa0 || x === 0x1680 || (x >= 0x2000 && x <= 0x200a) || x === 0x2028 || x === 0x2029 ||
    x === 0x202f || x === 0x205f || x === 0x3000 || x === 0xfeff;
}

/** Marks that can end a sentence: . ! ? … the Arabic ؟ ۔ ؞ and double and full-width forms. */
export const STOP_CHARS = '.!?\u2026\u061F\u06D4\u061E\u203C\u2047\u2048\u2049\uFE52\uFF0E\uFF01\uFF1F';
export const isStop = (c: string | undefined): boolean => c !== undefined && STOP_CHARS.includes(c);

/** Closing quotes, brackets and Markdown emphasis that stay with the stop before them. */
const CLOSERS = '"\'\u201D\u2019\u00BB\u203A)]}*_';
export const isCloser = (c: string | undefined): boolean => c !== undefined && CLOSERS.includes(c);

/** Opening quotes and brackets that may stand before the first word of a sentence. */
const OPENERS = '"\'\u201C\u2018\u201E\u00AB\u2039([{\u00BF\u00A1*_';
export const isOpener = (c: string | undefined): boolean => c !== undefined && OPENERS.includes(c);

/** List bullets; each one opens a list item. */
export const BULLETS = '\u2022\u25E6\u25AA\u25AB\u2023\u2043\u25CF\u25CB\u25A0\u25A1\u25BA\u25B6\u27A2\u27A4\u2219';
export const isBullet = (c: string | undefined): boolean => c !== undefined && BULLETS.includes(c);

const LETTER = /[\p{L}\p{M}\u0640]/u;
export const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);

/** What follows a stop: the first word after whitespace and opening quotes, and its letter case. */
export interface Next {
  kind: 'end' | 'lower' | 'upper' | 'uncased' | 'digit' | 'other';
  /** Position of the first character of the word (after whitespace and openers). */
  at: number;
  /** The letters of the word (at most 24). */
  word: string;
  latin: boolean;
}

const LOWER = /\p{Ll}/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const DIGIT = /\p{N}/u;
const LATIN = /\p{Script=Latin}/u;

/** The next word from `from` on, skipping whitespace and up to 3 opening quotes or brackets. */
export function nextWord(text: string, from: number): Next {
  let j = from;
  while (j < text.length && isSpace(text[j])) j++;
  for (let k = 0; k < 3 && isOpener(text[j]); k++) j++;
  if (j >= text.length) return { kind: 'end', at: j, word: '', latin: false };
  const c = String.fromCodePoint(text.codePointAt(j)!);
  let e = j;
  while (e < text.length && e - j < 24 && isLetter(text[e])) e++;
  const word = text.slice(j, e);
  const latin = LATIN.test(c);
  // mRNA, iPhone, eBay: written with a lower-case first letter but capitalized like a name.
  if (LOWER.test(c)) return { kind: UPPER.test(word.slice(1)) ? 'upper' : 'lower', at: j, word, latin };
  if (UPPER.test(c)) return { kind: 'upper', at: j, word, latin };
  if (LETTER.test(c)) return { kind: 'uncased', at: j, word, latin };
  if (DIGIT.test(c)) return { kind: 'digit', at: j, word, latin };
  return { kind: 'other', at: j, word, latin };
}

/**
 * Whether position `at` begins a sentence: text start, a line start, after a bullet, a colon or a stop
 * (with `marks`, only a stop already found to end a sentence: not the one of "Nov. 13").
 */
export function atSentenceStart(text: string, at: number, marks?: Marks): boolean {
  let j = at - 1;
  while (j >= 0 && text[j] !== '\n' && isSpace(text[j])) j--;
  if (j < 0 || text[j] === '\n' || isBullet(text[j]) || text[j] === ':') return true;
  const after = j + 1;
  for (let k = 0; k < 3 && isCloser(text[j]); k++) j--;
  return isStop(text[j]) && (marks === undefined || marks.cut[after] === 1);
}
