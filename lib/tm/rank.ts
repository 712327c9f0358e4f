import type { PmNode } from '../documents/types';
import type { Lang } from '../text/lang';
import { normalizeKey } from '../text/normalize';
import { wordDiff } from '../text/word-diff';
import { adjustNumbers, numbersDiffer } from './numbers';
import { similarity } from './score';
import { tmTokens, type TmToken } from './tokens';
import type { TmMatch, UnitLevel } from './types';

/** A unit read from the memory, before it is scored against the current source. */
export interface CandidateUnit {
  id: number;
  memoryId: number;
  memoryName: string;
  level: UnitLevel;
  sourceText: string;
  targetText: string;
  targetContent: PmNode | null;
  sourceTags: number;
  prevKey: string | null;
  nextKey: string | null;
  documentId: number | null;
  documentTitle: string | null;
  segmentId: number | null;
  author: string;
  changedAt: string;
}

/** The source in focus: its text, inline tag count, and its neighbours' keys (contextKeys) when it has any. */
export interface CurrentSource {
  text: string;
  lang: Lang;
  tags?: number;
  prevKey?: string | null;
  nextKey?: string | null;
  tokens?: TmToken[];
}

/** The key a unit stores for a neighbouring source (context matches compare these). */
export function contextKey(text: string | null | undefined, lang: Lang): string | null {
  if (text === null || text === undefined) return null;
  const k = normalizeKey(text, lang);
  return k === '' ? null : k;
}

/**
 * The highest score a candidate of these tokens could reach against the current one: the word distance
 * is at least the length difference and at least the words one side holds and the other lacks.
 */
export function scoreBound(x: readonly TmToken[], y: readonly TmToken[]): number {
  const longer = Math.max(x.length, y.length);
  if (longer === 0) return 100;
  const counts = new Map<string, number>();
  for (const t of x) counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
  let common = 0;
  for (const t of y) {
    const c = counts.get(t.key) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t.key, c - 1);
    }
  }
  return Math.floor(100 * (common / longer) + 1e-9);
}

/**
 * Scores candidates against the current source and keeps those at the threshold or above, best first:
 * score, then the memory's priority (`memoryOrder`), then paragraph before sentence, then the newest.
 * A 100 whose stored neighbours equal the current ones is a context match (101). One unit per distinct
 * source and target is kept (the best placed). `scores` keeps each unit's similarity between calls of
 * one threshold (a lookup's passes rank the same candidates again); differences are computed for the kept only.
 */
export function rankMatches(
  current: CurrentSource,
  candidates: readonly CandidateUnit[],
  opts: { threshold: number; limit: number; memoryOrder?: readonly number[]; scores?: Map<number, number> },
): TmMatch[] {
  const tokens = current.tokens ?? tmTokens(current.text, current.lang);
  const order = new Map((opts.memoryOrder ?? []).map((id, i) => [id, i]));
  const hasContext = (current.prevKey ?? null) !== null || (current.nextKey ?? null) !== null;
  const scored: { c: CandidateUnit; score: number }[] = [];
  for (const c of candidates) {
    let score = opts.scores?.get(c.id);
    if (score === undefined) {
      const theirs = tmTokens(c.sourceText, current.lang);
      // the bound spares the word distance of candidates that cannot reach the threshold (never a 100: texts differ)
      score =
        scoreBound(tokens, theirs) < Math.min(opts.threshold, 100)
          ? -1
          : similarity({ text: current.text, tags: current.tags ?? 0 }, { text: c.sourceText, tags: c.sourceTags }, current.lang, { a: tokens, b: theirs });
      opts.scores?.set(c.id, score);
    }
    if (score < opts.threshold) continue;
    if (score === 100 && hasContext && c.prevKey === (current.prevKey ?? null) && c.nextKey === (current.nextKey ?? null)) score = 101;
    scored.push({ c, score });
  }
  const rank = (c: CandidateUnit) => order.get(c.memoryId) ?? order.size;
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      rank(a.c) - rank(b.c) ||
      (a.c.level === b.c.level ? 0 : a.c.level === 'paragraph' ? -1 : 1) ||
      (a.c.changedAt < b.c.changedAt ? 1 : a.c.changedAt > b.c.changedAt ? -1 : 0) ||
      b.c.id - a.c.id,
  );
  const seen = new Set<string>();
  const out: TmMatch[] = [];
  for (const { c, score } of scored) {
    const k = `${c.sourceText}\u0000${c.targetText}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(toMatch(current, c, score));
    if (out.length >= opts.limit) break;
  }
  return out;
}

/** A scored candidate as a match: its kind, origin, word differences and number adjustments. */
function toMatch(current: CurrentSource, c: CandidateUnit, score: number): TmMatch {
  const differ = numbersDiffer(current.text, c.sourceText);
  return {
    unitId: c.id,
    score,
    kind: score === 101 ? 'context' : score === 100 ? 'exact' : 'fuzzy',
    level: c.level,
    source: c.sourceText,
    target: c.targetText,
    targetContent: c.targetContent,
    memory: { id: c.memoryId, name: c.memoryName },
    origin: {
      document: c.documentId !== null && c.documentTitle !== null ? { id: c.documentId, title: c.documentTitle } : null,
      segment: c.segmentId,
      author: c.author,
      at: c.changedAt,
    },
    diff: score >= 100 ? [{ op: 'equal', text: c.sourceText }] : wordDiff(current.text, c.sourceText, current.lang),
    numbersDiffer: differ,
    adjustedTarget: differ ? adjustNumbers(current.text, c.sourceText, c.targetText) : null,
  };
}

/** Inline tags of Tiptap JSON: text runs carrying marks (links, bold, glossary links) and hard breaks. */
export function tagCount(doc: PmNode | null | undefined): number {
  if (!doc) return 0;
  let n = 0;
  const walk = (node: PmNode) => {
    if (node.type === 'hardBreak') n++;
    if (node.type === 'text' && node.marks && node.marks.length > 0) n++;
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return n;
}
