import { LANGS, type Lang } from './lang';

/** Words and characters of a text, as a translator's word count shows them. */
export interface TextCounts {
  words: number;
  /** Grapheme clusters, spaces included; line breaks and invisible controls are not characters. */
  characters: number;
  /** Grapheme clusters without any whitespace. */
  charactersNoSpaces: number;
}

const W = '[\\p{L}\\p{M}\\p{N}]';
// What continues a word: invisible controls and ZWNJ/ZWJ (می‌گوید, حزب‌الله are one word); an apostrophe
// before a letter (doesn't, Kata’ib); a hyphen between letters or digits (al-Haq, COVID-19); a dot between
// letters (U.S., e.g., ق.م); a separator between digits (10,000 ٣٫٥ 12/5/2021 10:30). Clitics are letters
// of the word (والمقاومة), so nothing splits them.
const JOINER =
  `(?:[\\u200B-\\u200F\\u061C\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF\\u00AD]+` +
  `|['’ʼ\`‘](?=\\p{L})|[-\\u2010\\u2011](?=${W})|(?<=\\p{L})\\.(?=\\p{L})|(?<=\\p{Nd})[.,\\u066B\\u066C/:](?=\\p{Nd}))`;
const WORD = new RegExp(`${W}+(?:${JOINER}${W}+)*`, 'gu');
// A word needs a letter or digit; a run of tatweel or of stray marks alone is decoration.
const REAL = /[\p{L}\p{N}](?<!\u0640)/u;

/** Number of words of a text: right for Arabic and Farsi (ZWNJ joins, clitics do not split). */
export function countWords(text: string, _lang: Lang): number {
  let n = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) if (REAL.test(m[0])) n++;
  return n;
}

const LINE_BREAK = /^(?:\r\n|[\n\r\u2028\u2029\u0085])$/u;
const SPACE = /^\s+$/u;
// Clusters that are no visible character: bidi and joining controls, soft hyphen, tatweel (a stretch).
const INVISIBLE = /^[\p{Cf}\u0640]+$/u;

let segmenter: Intl.Segmenter | null | undefined;

// A character-by-character count agrees with grapheme clusters for most text (and for nearly all Arabic,
// Farsi and English): a mark or ZWNJ after a visible character belongs to it, a format control or tatweel
// alone is no character. Texts with anything else that joins or splits clusters go to Intl.Segmenter,
// which is exact but costs about half a microsecond a character (a 3,000-row document: 0.4 s).
const COMPLEX = 8;
const NEEDS_BASE = 4;
const SPACE_CHAR = 2;
const SKIP = 1;
// surrogates (emoji, flags, other planes), CR (CR LF), ZWJ (emoji sequences), viramas (Indic conjuncts),
// Hangul jamo and syllables, prepended marks (Arabic number signs), Thai and Lao AM, halfwidth sound marks
const COMPLEX_CHAR = /[\uD800-\uDFFF\r\u200D\u094D\u09CD\u0ACD\u0B4D\u0C4D\u0D4D\u1100-\u11FF\uA960-\uA97F\uAC00-\uD7FF\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0E33\u0EB3\uFF9E\uFF9F]/u;
const JOINS_PREVIOUS = /[\p{M}\u200C]/u;
const NO_CHARACTER = /[\p{Cf}\u0640\n\u2028\u2029\u0085]/u;
const classes = new Map<number, number>();
function classOf(code: number): number {
  let k = classes.get(code);
  if (k === undefined) {
    const ch = String.fromCharCode(code);
    k = COMPLEX_CHAR.test(ch) ? COMPLEX : JOINS_PREVIOUS.test(ch) ? NEEDS_BASE : NO_CHARACTER.test(ch) ? SKIP : /\s/u.test(ch) ? SPACE_CHAR : 0;
    classes.set(code, k);
  }
  return k;
}

/** The count character by character, or null when the text needs the grapheme segmenter. */
export function countSimple(text: string): Pick<TextCounts, 'characters' | 'charactersNoSpaces'> | null {
  let characters = 0;
  let spaces = 0;
  // whether the character before is a visible one a mark can join (not a space, control or tatweel)
  let base = false;
  for (let i = 0; i < text.length; i++) {
    const k = classOf(text.charCodeAt(i));
    if (k === 0) {
      characters++;
      base = true;
    } else if (k === SPACE_CHAR) {
      characters++;
      spaces++;
      base = false;
    } else if (k === NEEDS_BASE) {
      if (!base) return null;
    } else if (k === SKIP) base = false;
    else return null;
  }
  return { characters, charactersNoSpaces: characters - spaces };
}

/**
 * Characters of a text, counted as grapheme clusters (what a reader sees as one character: a letter with
 * its harakat, an emoji, e + combining accent), with and without spaces.
 */
export function countCharacters(text: string): Pick<TextCounts, 'characters' | 'charactersNoSpaces'> {
  return countSimple(text) ?? countClusters(text);
}

/** The same, always by the grapheme segmenter (exact for every text; the yardstick of `countCharacters`). */
export function countClusters(text: string): Pick<TextCounts, 'characters' | 'charactersNoSpaces'> {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('und', { granularity: 'grapheme' }) : null;
  let characters = 0;
  let spaces = 0;
  const clusters: Iterable<{ segment: string }> = segmenter
    ? segmenter.segment(text)
    : Array.from(text.matchAll(/\P{M}\p{M}*|\p{M}+/gsu), (m) => ({ segment: m[0] }));
  for (const { segment } of clusters) {
    if (INVISIBLE.test(segment) || LINE_BREAK.test(segment)) continue;
    characters++;
    if (SPACE.test(segment)) spaces++;
  }
  return { characters, charactersNoSpaces: characters - spaces };
}

/** Words and characters of one text. */
export function countText(text: string, lang: Lang): TextCounts {
  return { words: countWords(text, lang), ...countCharacters(text) };
}

/** Sum of counts. */
export function addCounts(a: TextCounts, b: TextCounts): TextCounts {
  return { words: a.words + b.words, characters: a.characters + b.characters, charactersNoSpaces: a.charactersNoSpaces + b.charactersNoSpaces };
}

/** Counts of `a` without those of `b` (a text that was replaced). */
export function subtractCounts(a: TextCounts, b: TextCounts): TextCounts {
  return { words: a.words - b.words, characters: a.characters - b.characters, charactersNoSpaces: a.charactersNoSpaces - b.charactersNoSpaces };
}

export const ZERO_COUNTS: TextCounts = Object.freeze({ words: 0, characters: 0, charactersNoSpaces: 0 });

/** Counts of many texts (a document's segments and translations), summed per language. */
export function countByLang(texts: Iterable<{ lang: Lang; text: string }>): Record<Lang, TextCounts> {
  const out = Object.fromEntries(LANGS.map((l) => [l, ZERO_COUNTS])) as Record<Lang, TextCounts>;
  for (const { lang, text } of texts) out[lang] = addCounts(out[lang], countText(text, lang));
  return out;
}
