import { ARABIC_PROCLITICS, queryHasArticle } from './find-clitics';
import { findInText, type FindHit, type FindOptions } from './find';
import type { Lang } from './lang';
import { normalizeKey } from './normalize';

/** Replace [from, to) of a text with `text`. */
export interface TextEdit {
  from: number;
  to: number;
  text: string;
}

// The alef of the replacement's own article (ال or ٱل, possibly with harakat), dropped after a preposition ل.
const OWN_ARTICLE = /^[\u0627\u0671][\p{M}\u0640]*(?=\u0644)/u;

/**
 * The edit that puts `replacement` in place of a hit: the proclitics stay (و of والمقاومة); the hit's
 * article stays unless the query or the replacement brings its own (then theirs takes its place, never
 * two articles); after a kept preposition ل the replacement's ال is written لل (ل + المقاومة -> للمقاومة).
 */
export function replacementFor(text: string, hit: FindHit, replacement: string): TextEdit {
  const own = queryHasArticle(normalizeKey(replacement, 'ar')) ? OWN_ARTICLE.exec(replacement) : null;
  let from = hit.matchStart;
  if (own && hit.articleStart >= 0) from = hit.articleStart;
  let insert = replacement;
  if (own) {
    const kept = normalizeKey(text.slice(hit.start, from), 'ar');
    if (kept.endsWith('ل') && ARABIC_PROCLITICS.has(kept) && !kept.endsWith('ال')) insert = replacement.slice(own[0].length);
  }
  return { from, to: hit.matchEnd, text: insert };
}

/** Applies edits that do not overlap (in any order) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.from - b.from);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.from < at) throw new RangeError('overlapping edits');
    out += text.slice(at, e.from) + e.text;
    at = e.to;
  }
  return out + text.slice(at);
}

/** Replaces every hit of `query` in a plain text; returns the new text and how many hits were replaced. */
export function replaceAllInText(text: string, query: string, replacement: string, lang: Lang, options?: FindOptions): { text: string; count: number } {
  const hits = findInText(text, query, lang, options);
  return { text: applyEdits(text, hits.map((h) => replacementFor(text, h, replacement))), count: hits.length };
}
