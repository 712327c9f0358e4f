import { ARABIC_PROCLITICS, articleOf, FARSI_PLURALS, MIN_CLITIC_STEM, queryHasArticle } from './find-clitics';
import { endOf, findView, startOf, TAA_MARBUTA, ZWNJ } from './find-view';
import type { Lang } from './lang';
import { normalizeKey, normalizeWithOffsets } from './normalize';

export interface FindOptions {
  /** Only hits that are whole words, allowing Arabic proclitics, a Farsi plural and an English ’s (default false). */
  wholeWord?: boolean;
  /** Latin letter case must match (default false). */
  matchCase?: boolean;
  /** Fold letter variants, harakat, tatweel, digits and optional ZWNJ (default true); off: the literal query. */
  fold?: boolean;
}

/** One hit, in UTF-16 offsets of the original text: start <= matchStart < matchEnd <= end. */
export interface FindHit {
  /** The hit with its attached words: what a preview highlights. */
  start: number;
  end: number;
  /** The words the query stands for; [start, matchStart) are proclitics, [matchEnd, end) a suffix. */
  matchStart: number;
  matchEnd: number;
  /** Offset of the hit's Arabic article (the ا of ال, or the second ل of لل), or -1. */
  articleStart: number;
  /** The article is written لل after the preposition ل (للمقاومة). */
  articleContracted: boolean;
  /** The query began with the article, so matchStart is articleStart. */
  queryArticle: boolean;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);
const TRAILING = /[\p{M}\u0640]/u;
const APOSTROPHE = /['’ʼ`‘]/u;

/** Every hit of `query` in `text`, left to right, not overlapping. Linear in the text for a given query. */
export function findInText(text: string, query: string, lang: Lang, options: FindOptions = {}): FindHit[] {
  const fold = options.fold !== false;
  const matchCase = options.matchCase === true;
  const wholeWord = options.wholeWord === true;
  const q = searchPart(query, lang, fold, matchCase);
  if (!q) return [];
  const view = findView(text, lang, fold, matchCase);
  const key = view.key;
  const re = new RegExp(q.pattern, fold || matchCase ? 'gu' : 'giu');
  const firstIsWord = isWordChar(String.fromCodePoint(q.search.codePointAt(0)!));
  const lastIsWord = isWordChar(q.search.at(-1));
  let wordStart: Int32Array | null = null;
  const hits: FindHit[] = [];
  let lastEnd = 0; // a prefix may not reach back into the previous hit

  const judge = (ks: number, ke: number): FindHit | null => {
    // Left: the letters of the same word before the hit must be proclitics (or nothing).
    let ws = ks;
    if (firstIsWord && ks > 0 && isWordChar(key[ks - 1])) {
      wordStart ??= wordStarts(key);
      ws = wordStart[ks]!;
    }
    const prefixFrom = startOf(view, ws);
    const prefix = ws < ks ? normalizeWithOffsets(text.slice(prefixFrom, startOf(view, ks)), lang) : null;
    const clitic = !prefix || (lang === 'ar' && q.letters >= MIN_CLITIC_STEM && prefixFrom >= lastEnd && ARABIC_PROCLITICS.has(prefix.key));
    const article = prefix && clitic && lang === 'ar' ? articleOf(prefix.key) : null;
    if (q.article && !article) return null;
    if (wholeWord && firstIsWord && (!clitic || key[ws - 1] === ZWNJ)) return null;
    const articleStart = article ? prefixFrom + prefix!.starts[prefix!.key.length - (article === 'al' ? 2 : 1)]! : -1;
    const matchStart = q.article ? articleStart : startOf(view, ks);
    const start = clitic ? prefixFrom : matchStart;

    // Right: a Farsi plural after ZWNJ or an English possessive may follow; other letters end no word.
    const matchEnd = extendOverMarks(text, endOf(view, ke - 1));
    let end = matchEnd;
    if (lastIsWord) {
      let k = ke;
      while (k < key.length && TRAILING.test(key[k]!)) k++;
      if (key[k] === ZWNJ) {
        let j = k + 1;
        while (j < key.length && isWordChar(key[j])) j++;
        const suffix = normalizeKey(key.slice(k + 1, j), lang);
        if (lang === 'fa' && FARSI_PLURALS.has(suffix) && key[j] !== ZWNJ) end = extendOverMarks(text, endOf(view, j - 1));
        else if (wholeWord) return null;
      } else if (isWordChar(key[k])) {
        const possessive = lang === 'en' && /^s$/iu.test(key[k]!) && !isWordChar(key[k + 1]) && APOSTROPHE.test(text.slice(matchEnd, startOf(view, k)));
        if (possessive) end = endOf(view, k);
        else if (wholeWord) return null;
      }
    }
    return { start, end, matchStart, matchEnd, articleStart, articleContracted: article === 'contracted', queryArticle: q.article };
  };

  for (let m = re.exec(key); m !== null; m = re.exec(key)) {
    const ks = m.index;
    const hit = m[0].length > 0 ? judge(ks, ks + m[0].length) : null;
    if (hit) {
      hits.push(hit);
      lastEnd = hit.end;
      re.lastIndex = ks + m[0].length;
    } else re.lastIndex = ks + (key.codePointAt(ks)! > 0xffff ? 2 : 1);
  }
  return hits;
}

interface SearchPart {
  /** What is searched for (the query without its Arabic article), as a key or literal text. */
  search: string;
  pattern: string;
  /** Letters in `search` (for the proclitic rule). */
  letters: number;
  article: boolean;
}

const SPECIAL = /[\\^$.*+?()[\]{}|/]/gu;

/**
 * The query as a pattern over the find view: a text ZWNJ may sit between any two letters; a space matches
 * a space or a ZWNJ; a query ZWNJ is optional; a query ه also finds an Arabic ة.
 */
function searchPart(query: string, lang: Lang, fold: boolean, matchCase: boolean): SearchPart | null {
  let search = fold ? findView(query, lang, true, matchCase).key : query;
  const article = lang === 'ar' && queryHasArticle(normalizeKey(query, lang));
  if (article) {
    if (fold) search = search.slice(2);
    else {
      const n = normalizeWithOffsets(query, lang);
      search = query.slice(extendOverMarks(query, n.ends[1]!));
    }
  }
  if (!search) return null;
  let pattern = '';
  if (!fold) pattern = search.replace(SPECIAL, '\\$&');
  else {
    let prevLetter = false;
    for (const c of search) {
      const gap = c === ' ' || c === ZWNJ;
      if (!gap && prevLetter) pattern += `${ZWNJ}?`;
      pattern += c === ' ' ? `[ ${ZWNJ}]` : c === ZWNJ ? `[ ${ZWNJ}]?` : c === 'ه' ? `[ه${TAA_MARBUTA}]` : c.replace(SPECIAL, '\\$&');
      prevLetter = !gap;
    }
  }
  const letters = normalizeKey(search, lang).replace(/[^\p{L}\p{N}]/gu, '').length;
  return { search, pattern, letters, article };
}

/** For each key index, where its word (run of letters, marks and digits) starts. */
function wordStarts(key: string): Int32Array {
  const out = new Int32Array(key.length + 1);
  for (let i = 0; i <= key.length; i++) out[i] = i > 0 && isWordChar(key[i - 1]) ? out[i - 1]! : i;
  return out;
}

/** `at` moved past harakat and tatweel that belong to the last letter before it. */
function extendOverMarks(text: string, at: number): number {
  while (at < text.length && TRAILING.test(text[at]!)) at++;
  return at;
}
