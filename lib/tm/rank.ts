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
 * Scores candidates against the current source and keeps those at the threshold or above, best first:
 * score, then the memory's priority (`memoryOrder`), then paragraph before sentence, then the newest.
 * A 100 whose stored neighbours equal the current ones is a context match (101). One unit per distinct
 * source and target is kept (the best placed).
 */
export function rankMatches(current: CurrentSource, candidates: readonly CandidateUnit[], opts: { threshold: number; limit: number; memoryOrder?: readonly number[] }): TmMatch[] {
  const tokens = current.tokens ?? tmTokens(current.text, current.lang);
  const order = new Map((opts.memoryOrder ?? []).map((id, i) => [id, i]));
  const scored: TmMatch[] = [];
  for (const c of candidates) {
    let score = similarity({ text: current.text, tags: current.tags ?? 0 }, { text: c.sourceText, tags: c.sourceTags }, current.lang, { a: tokens });
    if (score < opts.threshold) continue;
    const hasContext = (current.prevKey ?? null) !== null || (current.nextKey ?? null) !== null;
    if (score === 100 && hasContext && c.prevKey === (current.prevKey ?? null) && c.nextKey === (current.nextKey ?? null)) score = 101;
    const differ = numbersDiffer(current.text, c.sourceText);
    scored.push({
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
    });
  }
  const rank = (m: TmMatch) => order.get(m.memory.id) ?? order.size;
  scored.sort((a, b) => b.score - a.score || rank(a) - rank(b) || (a.level === b.level ? 0 : a.level === 'paragraph' ? -1 : 1) || (a.origin.at < b.origin.at ? 1 : a.origin.at > b.origin.at ? -1 : 0) || b.unitId - a.unitId);
  const seen = new Set<string>();
  const out: TmMatch[] = [];
  for (const m of scored) {
    const k = `${m.source}\u0000${m.target}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(m);
    if (out.length >= opts.limit) break;
  }
  return out;
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
