import { alignSentences } from '../align/align-sentences';
import { buildAnchors, type AnchorTable } from '../align/anchors';
import { charLength, defaultParams, lengthProbability } from '../align/length-model';
import type { TermIndex } from '../align/types';
import { splitClauses } from './clauses';
import type { ClauseLink, QuoteAlignment, Range } from './types';

export interface AlignQuoteOptions {
  originalLang: 'ar' | 'fa';
  termIndex?: TermIndex;
}

// Windows longer than the quote's clause count plus this many are not tried.
const EXTRA_CLAUSES = 4;

/**
 * Finds the stretch of a longer original post that an English quote renders (the run of the post's
 * clauses whose anchors—glossary terms, transliterated names, numbers—and length best fit the whole
 * quote), then links clauses inside it with the sentence aligner. Throws { code: 'quote-empty' }.
 */
export function alignQuote(english: string, original: string, opts: AlignQuoteOptions): QuoteAlignment {
  const en = splitClauses(english);
  const orig = splitClauses(original);
  if (en.length === 0 || orig.length === 0) throw Object.assign(new Error('quote-empty'), { code: 'quote-empty' });
  const enText = en.map((r) => english.slice(r.start, r.end));
  const origText = orig.map((r) => original.slice(r.start, r.end));
  // One table for the clauses and the whole quote (last row), so keys compare across them.
  const whole = buildAnchors([...enText, enText.join(' ')], origText, 'en', opts.originalLang, opts.termIndex);
  // Bracketed words are the analyst's insertions ("[I have]"): no original renders them.
  const enLength = charLength(enText.join('').replace(/\[[^\]]*\]/gu, ''));
  const ends = (texts: string[]) => texts.map((t) => (/[.!?؟]["”»)]*$/u.test(t) && !/(\.\.|…)$/u.test(t) ? 1 : 0));
  const [a, b] = bestWindow(whole, enLength, origText.map(charLength), ends(enText), ends(origText), opts.originalLang);
  const links = alignSentences(enText, origText.slice(a, b + 1), { sourceLang: 'en', targetLang: opts.originalLang, termIndex: opts.termIndex });
  const clauses: ClauseLink[] = links
    .filter((l) => l.source.length > 0 && l.target.length > 0)
    .map((l) => ({
      en: cover(en, l.source),
      orig: cover(orig, l.target.map((t) => t + a)),
      score: l.score,
    }));
  return { stretch: { start: orig[a]!.start, end: orig[b]!.end }, clauses };
}

function cover(ranges: Range[], indices: number[]): Range {
  return { start: ranges[indices[0]!]!.start, end: ranges[indices[indices.length - 1]!]!.end };
}

/** The run of original clauses [a, b] scoring best against the whole quote. */
function bestWindow(t: AnchorTable, enLength: number, lengths: number[], enEnds: number[], ends: number[], lang: 'ar' | 'fa'): [number, number] {
  const params = defaultParams('en', lang);
  const enClauses = enEnds.length;
  // Sentence ends inside the quote (not after its last clause) should be inside the stretch too.
  const enInner = enEnds.slice(0, -1).reduce((x, y) => x + y, 0);
  const keys = t.source[enClauses]!;
  const firstKeys = t.source[0]!;
  const lastKeys = t.source[enClauses - 1]!;
  let best: [number, number] = [0, lengths.length - 1];
  let bestScore = -Infinity;
  for (let a = 0; a < lengths.length; a++) {
    let length = 0;
    let inner = 0;
    const inside = new Map<number, number>();
    for (let b = a; b < lengths.length && b - a < enClauses + EXTRA_CLAUSES; b++) {
      length += lengths[b]!;
      if (b > a) inner += ends[b - 1]!;
      for (const k of t.target[b]!) inside.set(k, (inside.get(k) ?? 0) + 1);
      const score =
        anchorFit(t, keys, inside) +
        Math.log(Math.max(lengthProbability(enLength, length, params), 1e-12)) -
        Math.abs(inner - enInner) +
        edge(firstKeys, t.target[a]!) +
        edge(lastKeys, t.target[b]!);
      if (score > bestScore) [bestScore, best] = [score, [a, b]];
    }
  }
  return best;
}

// The quote's first (last) clause should meet the stretch's first (last) clause when it has anchors:
// otherwise an unrelated greeting or hashtag before (after) it would do as well.
function edge(en: Int32Array, orig: Int32Array): number {
  if (en.length === 0) return 0;
  return en.some((k) => orig.includes(k)) ? 1.5 : -1.5;
}

function anchorFit(t: AnchorTable, keys: Int32Array, inside: Map<number, number>): number {
  const left = new Map(inside);
  let score = 0;
  for (const k of keys) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      score += t.bonus[k]!;
      left.set(k, n - 1);
    } else score -= t.penalty[k]!;
  }
  for (const [k, n] of left) score -= n * t.penalty[k]!;
  return score;
}
