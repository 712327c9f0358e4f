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

/**
 * Characters of a text, counted as grapheme clusters (what a reader sees as one character: a letter with
 * its harakat, an emoji, e + combining accent), with and without spaces.
 */
export function countCharacters(text: string): Pick<TextCounts, 'characters' | 'charactersNoSpaces'> {
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

export const ZERO_COUNTS: TextCounts = Object.freeze({ words: 0, characters: 0, charactersNoSpaces: 0 });

/** Counts of many texts (a document's segments and translations), summed per language. */
export function countByLang(texts: Iterable<{ lang: Lang; text: string }>): Record<Lang, TextCounts> {
  const out = Object.fromEntries(LANGS.map((l) => [l, ZERO_COUNTS])) as Record<Lang, TextCounts>;
  for (const { lang, text } of texts) out[lang] = addCounts(out[lang], countText(text, lang));
  return out;
}
