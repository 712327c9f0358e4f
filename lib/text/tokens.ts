import type { Lang } from './lang';
import { normalizeKey } from './normalize';

/** A word of the original text: [start, end) in UTF-16 units, its text, and its matching key. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** normalizeKey(text); a ZWNJ inside the word shows as a space (حزب‌الله -> "حزب الله"). */
  key: string;
}

const W = '[\\p{L}\\p{M}\\p{N}]';
// Inside a word: invisible controls and ZWNJ/ZWJ, apostrophes between letters (Kata’ib, doesn't),
// and a decimal or thousands separator between digits (10,000, ٣٫٥). Hyphens separate words, so
// al-Haq and "al Haq" meet; letters, marks and digits are Unicode classes, never an ASCII word boundary.
const JOINER = `(?:[\\u200B-\\u200F\\u061C\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF\\u00AD]+|['’ʼ\`‘](?=[\\p{L}\\p{N}])|(?<=\\p{Nd})[.,\\u066B\\u066C](?=\\p{Nd}))`;
const WORD = new RegExp(`${W}+(?:${JOINER}${W}+)*`, 'gu');

/** Word tokens of a text with Unicode-aware boundaries and offsets in the original string. */
export function tokenize(text: string, lang: Lang): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], key: normalizeKey(m[0], lang) });
  }
  return tokens;
}
